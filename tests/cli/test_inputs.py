"""Inputs and the report contract: JSON Lines, ids, standard input, text directories, CSV
and a user lexicon.

One CTest case per test_* function; run through run_cli_tests.py."""
import csv
import io
import json
import os

from clitest import run, jsonl, input_records, check_report, codes, CLI, POSTINGS, TEXT_DIR

def test_jsonl_in_jsonl_out():
    postings = [(n, json.loads(line)) for n, line in input_records(POSTINGS)]
    reps = jsonl(run(["--out", "jsonl", POSTINGS]).stdout)
    assert len(reps) == len(postings) == 24, len(reps)
    for rep, (line, p) in zip(reps, postings):
        assert rep["id"] == p.get("id", line), (rep["id"], p.get("id"), line)  # 101 stays a number
        check_report(rep, p["title"], p["text"])
    by_id = {r["id"]: r for r in reps}
    assert by_id[101]["role"]["class"] == "frontline"
    assert "cx_title_frontline_role" in codes(by_id[101])
    assert by_id["r-2"]["role"]["class"] == "strategy"
    assert "cx_title_no_customer_mention" in codes(by_id["r-5"])
    assert by_id["cx-007"]["role"]["class"] == "strategy" and by_id["cx-007"]["title"]["is_cx"]
    assert "cx_title_technology_role" in codes(by_id[12])


def test_id_echoed_verbatim():
    lines = [b'{"id":"a\\"b\\u00e9","title":"Agent","text":"Answer customer calls."}',
             b'{"id":12345678901234567890,"title":"Agent","text":"Answer customer calls."}',
             b'{"id":1.50,"title":"Agent","text":"Answer customer calls."}',
             b'{"id":null,"title":"Agent","text":"Answer customer calls."}',
             b'{"id":"","title":"Agent","text":"Answer customer calls."}']
    out = run(["--in", "jsonl"], stdin=b"\n".join(lines) + b"\n").stdout.decode().splitlines()
    assert out[0].startswith('{"schema":"cxaudit.report/1","id":"a\\"b\\u00e9",'), out[0]
    assert ',"id":12345678901234567890,' in out[1] and ',"id":1.50,' in out[2]
    assert ',"id":4,' in out[3] and ',"id":5,' in out[4]  # no id: the line number


def test_stdin_sniffing():
    data = open(POSTINGS, "rb").read()
    reps = jsonl(run([], stdin=data).stdout)  # piped: JSON Lines because it starts with '{'
    assert len(reps) == 24
    assert [r["id"] for r in jsonl(run(["-"], stdin=data).stdout)] == [r["id"] for r in reps]
    text = b"Customer Experience Associate\nRun the register and meet daily sales goals.\n"
    rep = jsonl(run([], stdin=text).stdout)
    assert len(rep) == 1 and rep[0]["id"] == "stdin" and rep[0]["title"]["is_cx"], rep
    for fmt in ([], ["--in", "jsonl"], ["--in", "csv"]):  # an empty stream has no records
        assert run(fmt, stdin=b"").stdout == b"", fmt


def test_text_directory():
    reps = jsonl(run(["--out", "jsonl", "text"]).stdout)
    ids = [r["id"] for r in reps]
    # recursive, sorted, hidden entries and unknown extensions (.pdf) skipped
    assert ids == ["text/a-retail-cx-associate.txt", "text/b-director.txt", "text/c-posting.html",
                   "text/e-empty.txt", "text/f-title-only.txt", "text/hotel/d-front-desk"], ids
    a, b, c, e, f, d = reps
    assert a["title"]["is_cx"] and a["role"]["class"] == "frontline"  # title after blank lines
    assert b["title"]["level"] == "director" and b["role"]["class"] == "strategy"  # Title: line
    assert c["title"]["is_cx"] and c["role"]["frontline_kind"] == "service"  # <html> lines skipped
    assert e["error"] == {"line": 1, "message": "record has no text"}
    assert f["error"]["message"] == "record has no text"  # a title and no body
    assert d["role"]["class"] == "frontline"
    body = open(os.path.join(TEXT_DIR, "b-director.txt"), encoding="utf-8").read()
    title, text = "Director of Customer Experience", body.replace(
        "Title: Director of Customer Experience\n", "")
    check_report(b, title, text)
    one = jsonl(run(["text/b-director.txt"]).stdout)
    assert one[0]["id"] == "text/b-director.txt" and one[0]["title"] == b["title"]


def test_csv_in():
    p = run(["--out", "jsonl", "--id-key", "posting_id", "--title-key", "job_title",
             "--text-key", "description", "postings.csv"])
    reps = jsonl(p.stdout)
    assert [r["id"] for r in reps] == ["c1", "c2", 6, "c4", "c5", 10, "c7"], [r["id"] for r in reps]
    rows = list(csv.DictReader(io.open(os.path.join(CLI, "postings.csv"), encoding="utf-8-sig",
                                       newline="")))
    good = {r["posting_id"]: r for r in rows}
    for rep in reps:
        if "error" not in rep and isinstance(rep["id"], str):
            check_report(rep, good[rep["id"]]["job_title"], good[rep["id"]]["description"])
    # header on line 1, c1 on lines 2-4 (quoted line breaks), c2 on 5, the bad row on 6,
    # a blank line 7, c4 on 8, c5 (no text) on 9, the row without an id on 10-11, c7 on 12-13
    assert reps[0]["role"]["class"] == "frontline" and reps[1]["role"]["class"] == "strategy"
    assert reps[2]["error"]["line"] == 6 and "6 fields, the header has 4" in reps[2]["error"]["message"]
    assert reps[4]["error"] == {"line": 9, "message": "record has no text"}
    assert reps[5]["title"]["is_cx"] and reps[6]["title"]["level"] == "director"
    p = run(["postings.csv"], code=1)  # default keys: no 'text' column
    assert b"no 'text' column" in p.stderr, p.stderr
    reps = jsonl(run(["unclosed.csv"]).stdout)
    assert reps[0]["id"] == "u1" and reps[1]["error"]["line"] == 3
    assert "quote" in reps[1]["error"]["message"]


def test_lexicon_option():
    line = [l for _, l in input_records(POSTINGS) if b'"id": 11,' in l][0] + b"\n"
    plain = jsonl(run([], stdin=line).stdout)[0]
    with_lexicon = jsonl(run(["--lexicon", "lexicon/cafe.cxlex"], stdin=line).stdout)[0]
    assert with_lexicon["role"]["scores"]["sales_retail"] > plain["role"]["scores"]["sales_retail"]
    texts = [e["text"] for f in with_lexicon["findings"] for e in f["evidence"]]
    assert "espresso drinks" in texts, texts
    p = run(["--lexicon", "lexicon/broken.cxlex", POSTINGS], code=1)
    assert b"broken.cxlex: line 2, column 1:" in p.stderr and p.stdout == b"", p.stderr
