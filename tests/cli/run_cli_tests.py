#!/usr/bin/env python3
"""CTest driver for the cxaudit command-line tool: every input and output format, each kind of
bad record, order under threads, exit codes, a full disk, a closed pipe and GNU parallel.

    run_cli_tests.py CXAUDIT_BINARY TESTS_DATA_DIR [TEST_NAME ...]

Each test_* function is one CTest case (tests/cli/CMakeLists.txt). Standard library only.
"""
import csv
import html.parser
import io
import json
import os
import pty
import random
import shutil
import struct
import subprocess
import sys
import tempfile

BIN = os.path.abspath(sys.argv[1])
CLI = os.path.join(os.path.abspath(sys.argv[2]), "cli")
POSTINGS = os.path.join(CLI, "postings.jsonl")
BAD = os.path.join(CLI, "bad.jsonl")
TEXT_DIR = os.path.join(CLI, "text")
SCHEMA = "cxaudit.report/1"


def run(args, stdin=None, code=0, env=None):
    p = subprocess.run([BIN] + args, input=stdin, capture_output=True, timeout=600,
                       env=env, cwd=CLI)
    if code is not None and p.returncode != code:
        raise AssertionError(f"{args}: exit {p.returncode}, wanted {code}\n{p.stderr.decode()}")
    return p


def jsonl(out):
    return [json.loads(line) for line in out.decode("utf-8").splitlines()]


def input_records(path):
    """The non-blank lines of a JSON Lines file, with their 1-based numbers."""
    data = open(path, "rb").read().split(b"\n")
    return [(n + 1, line) for n, line in enumerate(data) if line.strip(b" \t\r")]


def check_report(rep, title, text):
    """The report contract, and evidence spans that are exactly the bytes they cite."""
    assert rep["schema"] == SCHEMA, rep
    for key in ("id", "title", "customer", "role", "findings", "suggested_title", "words"):
        assert key in rep, (key, rep)
    assert rep["title"]["level"] in ("entry", "individual", "lead", "manager", "director",
                                     "executive", "unknown")
    assert isinstance(rep["title"]["is_cx"], bool)
    assert isinstance(rep["customer"]["mentions"], int)
    assert rep["role"]["class"] in ("strategy", "frontline", "other")
    assert rep["role"]["frontline_kind"] in ("sales_retail", "service", None)
    assert 0.0 <= rep["role"]["strategy_share"] <= 1.0
    fields = {"title": title.encode("utf-8"), "text": text.encode("utf-8")}
    for f in rep["findings"]:
        assert f["severity"] in ("info", "warning", "error") and f["message"], f
        for e in f["evidence"]:
            got = fields[e["field"]][e["start"]:e["end"]]
            assert got == e["text"].encode("utf-8"), (e, got)


def codes(rep):
    return {f["code"] for f in rep["findings"]}


# ---------------------------------------------------------------- inputs and the contract

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


# ---------------------------------------------------------------- outputs

def test_csv_out():
    out = run(["--out", "csv", BAD]).stdout.decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert len(rows) == len(input_records(BAD)) == 14
    assert rows[0]["id"] == "ok-1" and rows[0]["is_cx"] == "true" and rows[0]["error"] == ""
    assert rows[0]["class"] == "frontline" and "cx_title_frontline_role" in rows[0]["findings"]
    assert rows[1]["error_line"] == "2" and rows[1]["error"].startswith("line is not valid JSON")
    out = run(["--out", "csv", "--id-key", "posting_id", "--title-key", "job_title", "--text-key",
               "description", "postings.csv"]).stdout.decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert rows[0]["title"] == "Customer Experience Associate" and len(rows) == 7
    assert float(rows[1]["strategy_share"]) > 0.5 and rows[1]["frontline_kind"] == ""


def test_table_out():
    p = run(["--out", "table", "--summary", "text"])
    out = p.stdout.decode("utf-8")
    for name in ("a-retail-cx-associate.txt", "b-director.txt", "hotel/d-front-desk"):
        assert name[-20:] in out, name
    assert "\x1b[" not in out  # no colour when standard output is not a terminal
    assert "suggested title:" in out and "could not be read (line 1)" in out
    assert "titles claiming customer experience: 3" in out, out
    assert p.stderr == b""


def run_on_terminal(args, env):
    """Runs the binary with standard output on a pseudo-terminal; returns what it wrote."""
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(CLI)
        os.execve(BIN, [BIN] + args, env)
    chunks = []
    while True:
        try:
            data = os.read(fd, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    os.waitpid(pid, 0)
    return b"".join(chunks).decode("utf-8", "replace")


def test_table_colour_only_on_terminal():
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    env["TERM"] = "xterm"
    coloured = run_on_terminal(["text/a-retail-cx-associate.txt"], env)
    assert "\x1b[31m" in coloured and "cx_title_frontline_role" in coloured, coloured
    env["NO_COLOR"] = "1"
    plain = run_on_terminal(["text/a-retail-cx-associate.txt"], env)
    assert "\x1b[" not in plain and "cx_title_frontline_role" in plain, plain


def test_html_out():
    d = tempfile.mkdtemp()
    try:
        path = os.path.join(d, "report.html")
        with open(path, "wb") as f:
            p = subprocess.run([BIN, "--out", "html", POSTINGS, BAD], stdout=f, cwd=CLI,
                               stderr=subprocess.PIPE, timeout=120)
        assert p.returncode == 0, p.stderr
        html = open(path, encoding="utf-8").read()
        assert html.startswith("<!DOCTYPE html>") and html.rstrip().endswith("</html>")
        for ident in ("r-2", "cx-007", "ok-1", "bad-5"):
            assert ident in html, ident
        assert "<script src" not in html and "<link" not in html
        assert "<mark" in html
    finally:
        shutil.rmtree(d)


def _chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


class _Dom(html.parser.HTMLParser):
    """Collects the highlighted spans and the summary figures of a rendered report."""

    def __init__(self):
        super().__init__()
        self.marks, self.figures, self.external = [], {}, []
        self._mark = self._fig = None
        self._in_b = False
        self._text = ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for key in ("src", "href"):
            if a.get(key, "").startswith(("http:", "https:", "//")):
                self.external.append(a[key])
        if tag == "mark":
            self._mark = [a.get("class", ""), ""]
        elif tag == "div" and a.get("class") == "figure":
            self._fig = ["", ""]
        elif tag == "b" and self._fig is not None:
            self._in_b = True

    def handle_endtag(self, tag):
        if tag == "mark" and self._mark is not None:
            self.marks.append(tuple(self._mark))
            self._mark = None
        elif tag == "b":
            self._in_b = False
        elif tag == "div" and self._fig is not None:
            self.figures[self._fig[1].strip()] = int(self._fig[0])
            self._fig = None

    def handle_data(self, data):
        if self._mark is not None:
            self._mark[1] += data
        if self._fig is not None:
            self._fig[0 if self._in_b else 1] += data


def test_html_in_browser():
    """Chromium renders the report offline: every piece of finding evidence in a posting's text
    is highlighted, the summary figures agree with the JSON Lines reports, nothing is fetched
    from the network, and a screenshot comes out at the size asked for."""
    browser = _chromium()
    if not browser:
        print("SKIP: no chromium on this machine")
        return
    d = tempfile.mkdtemp()
    try:
        page = os.path.join(d, "report.html")
        with open(page, "wb") as f:
            p = subprocess.run([BIN, "--out", "html", POSTINGS, BAD], stdout=f, cwd=CLI,
                               stderr=subprocess.PIPE, timeout=120)
        assert p.returncode == 0, p.stderr
        reps = jsonl(run(["--out", "jsonl", POSTINGS, BAD]).stdout)
        flags = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--host-resolver-rules=MAP * ~NOTFOUND",
                 "--user-data-dir=" + os.path.join(d, "profile")]
        dom = subprocess.run(flags + ["--dump-dom", "file://" + page], capture_output=True,
                             timeout=180)
        assert dom.returncode == 0 and b"</html>" in dom.stdout, dom.stderr[-2000:]
        parsed = _Dom()
        parsed.feed(dom.stdout.decode("utf-8"))
        assert not parsed.external, parsed.external
        highlighted = {text for _, text in parsed.marks}
        evidence = {e["text"] for r in reps if "findings" in r for f in r["findings"]
                    for e in f["evidence"] if e["field"] == "text"}
        assert evidence, "the test postings should produce text evidence"
        missing = sorted(evidence - highlighted)
        assert not missing, missing
        classes = {c for c, _ in parsed.marks}
        assert {"c-customer_term", "c-frontline_sales", "c-frontline_service"} <= classes, classes
        read = [r for r in reps if "error" not in r]
        cx = [r for r in read if r["title"]["is_cx"]]
        want = {"postings": len(reps),
                "titles claim customer experience": len(cx),
                "of those are frontline work": sum(r["role"]["class"] == "frontline" for r in cx)}
        for prefix, n in want.items():
            got = [v for k, v in parsed.figures.items() if k.startswith(prefix + " (")]
            assert got == [n], (prefix, n, parsed.figures)
        shot = os.path.join(d, "report.png")
        s = subprocess.run(flags + ["--window-size=1200,1600", "--screenshot=" + shot,
                                    "file://" + page], capture_output=True, timeout=180)
        assert s.returncode == 0, s.stderr[-2000:]
        png = open(shot, "rb").read()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = struct.unpack(">II", png[16:24])
        assert (width, height) == (1200, 1600), (width, height)
        keep = os.environ.get("CXAUDIT_SCREENSHOT")
        if keep:
            shutil.copy(shot, keep)
    finally:
        shutil.rmtree(d)


def test_summary():
    p = run(["--summary", "--out", "jsonl", POSTINGS, BAD])
    assert len(jsonl(p.stdout)) == 24 + 14
    err = p.stderr.decode()
    assert "postings: 38 (11 could not be read)" in err, err
    assert "titles claiming customer experience:" in err and "never mention a customer:" in err


# ---------------------------------------------------------------- bad input, order, limits

def test_bad_jsonl_records_out_equal_records_in():
    records = input_records(BAD)
    reps = jsonl(run(["--out", "jsonl", BAD]).stdout)
    assert len(reps) == len(records) == 14, len(reps)  # 15 lines, one of them blank
    errors = {r["error"]["line"]: r for r in reps if "error" in r}
    assert set(errors) == {2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15}, sorted(errors)
    msg = {n: r["error"]["message"] for n, r in errors.items()}
    assert "string is not closed" in msg[2] and msg[4] == "line is not a JSON object"
    assert msg[5] == "record has no 'text' field" and msg[6] == "record has no text"
    assert "UTF-8" in msg[7] and "not valid JSON" in msg[8] and "not a string" in msg[9]
    assert "not valid JSON" in msg[10] and "not a string or a number" in msg[11]
    assert "UTF-8" in msg[12] and "not closed" in msg[15]  # binary; the truncated last line
    assert errors[5]["id"] == "bad-5" and errors[2]["id"] == 2  # id read, or the line number
    ok = [r for r in reps if "error" not in r]
    assert [r["id"] for r in ok] == ["ok-1", "ok-13", 14]
    for r in reps:
        assert r["schema"] == SCHEMA


def corrupted_stream(n):
    """n JSON Lines, every fifth one damaged in one of several ways."""
    lines = []
    for i in range(n):
        text = ("Answer inbound calls from customers and meet handle time targets. " * (i % 7 + 1)
                if i % 2 else "Own the voice of the customer program and map customer journeys. "
                * (i % 5 + 1))
        line = json.dumps({"id": i, "title": "Customer Experience Agent", "text": text}).encode()
        kind = i % 25
        if kind == 5:
            line = line[: len(line) // 2]  # truncated
        elif kind == 10:
            line = line.replace(b"Agent", b"Ag\xffent")  # invalid UTF-8
        elif kind == 15:
            line = b"{not json at all"
        elif kind == 20:
            line = line.replace(b'"text"', b'"txet"')  # no text
        elif kind == 12:  # a few random bytes changed: an error record or a report, never lost
            rng = random.Random(i)
            line = bytearray(line)
            for _ in range(3):
                line[rng.randrange(len(line))] = rng.choice(b'{}[]",:\\ \xff0')
            line = bytes(line).replace(b"\n", b" ")
        lines.append(line)
    return lines


def test_corrupted_stream_under_threads():
    lines = corrupted_stream(2000)
    data = b"\n".join(lines)  # no final newline: the last line is still a record
    outs = [run(["--in", "jsonl", "--threads", t], stdin=data).stdout for t in ("1", "2", "3")]
    assert outs[0] == outs[1] == outs[2], "output depends on the number of threads"
    d = tempfile.mkdtemp()
    try:  # a file is cut into blocks elsewhere than a pipe: the output must not change
        path = os.path.join(d, "corrupted.jsonl")
        with open(path, "wb") as f:
            f.write(data)
        assert run(["--threads", "2", path]).stdout == outs[0], "output depends on block cuts"
    finally:
        shutil.rmtree(d)
    reps = jsonl(outs[0])
    assert len(reps) == 2000
    for i, r in enumerate(reps):
        if i % 25 in (5, 10, 15, 20):
            assert r["error"]["line"] == i + 1, (i, r)
        elif i % 25 != 12:
            assert r["id"] == i and "error" not in r, (i, r)


def test_order_under_threads():
    lines = [json.dumps({"id": f"p{i}", "title": "Customer Experience Agent",
                         "text": "Answer inbound calls. " * (1 + (i * 7919) % 400)})
             for i in range(3000)]
    data = ("\n".join(lines) + "\n").encode()
    one = run(["--threads", "1"], stdin=data).stdout
    assert [r["id"] for r in jsonl(one)] == [f"p{i}" for i in range(3000)]
    for n in ("2", "4"):
        assert run(["--threads", n], stdin=data).stdout == one, f"--threads {n} changed the output"


def test_huge_lines():
    text = "Answer customer calls in our call center. " * (50 * 1024 * 1024 // 42)
    big = json.dumps({"id": "big", "title": "Agent", "text": text}).encode()
    after = b'{"id":"after","title":"Agent","text":"Help customers by phone."}'
    too_big = b'{"id":"too-big","text":"' + b"x" * (97 * 1024 * 1024) + b'"}'
    data = big + b"\n" + too_big + b"\n" + after + b"\n"
    reps = jsonl(run(["--in", "jsonl", "--threads", "2"], stdin=data).stdout)
    assert [r.get("id") for r in reps] == ["big", 2, "after"], [r.get("id") for r in reps]
    assert reps[0]["words"] > 5_000_000
    assert reps[1]["error"]["line"] == 2 and "size limit" in reps[1]["error"]["message"]


# ---------------------------------------------------------------- exit status and I/O errors

def test_exit_codes():
    run(["--fail-on", "error", "text"], code=2)  # a CX title on a frontline role is an error
    run(["--fail-on", "error", "text/b-director.txt"], code=0)
    run(["--fail-on", "warning", "text/hotel/d-front-desk"], code=0)
    run(["--fail-on", "warning", "text/a-retail-cx-associate.txt"], code=2)
    run(["--fail-on", "error", "text/e-empty.txt"], code=2)  # not readable = not checked
    run(["text"], code=0)
    run([BAD], code=0)  # bad records are error records, not a failed run
    assert b"unknown option" in run(["--bogus"], code=1).stderr
    assert b"cannot open" in run(["no/such/file.jsonl"], code=1).stderr
    assert b"--threads" in run(["--threads", "0"], code=1).stderr
    assert b"--out must be" in run(["--out", "xml"], code=1).stderr
    assert b"--fail-on must be" in run(["--fail-on", "info"], code=1).stderr
    assert run(["--version"]).stdout.startswith(b"cxaudit ")
    assert b"usage: cxaudit" in run(["--help"]).stdout
    assert run(["--threads=1", "--out=csv", POSTINGS]).stdout.startswith(b"id,title,")


def test_full_disk():
    if not os.path.exists("/dev/full"):
        print("SKIP: no /dev/full")
        return
    for args in (["--out", "jsonl", POSTINGS], ["--out", "table", "text"],
                 ["--threads", "2", "--out", "csv", POSTINGS]):
        with open("/dev/full", "wb") as full:
            p = subprocess.run([BIN] + args, stdout=full, stderr=subprocess.PIPE, cwd=CLI,
                               timeout=60)
        assert p.returncode == 1, (args, p.returncode)
        assert b"cannot write the output: No space left on device" in p.stderr, p.stderr


def test_closed_pipe():
    lines = [json.dumps({"id": i, "title": "Agent", "text": "Answer customer calls. " * 50})
             for i in range(20000)]
    data = ("\n".join(lines) + "\n").encode()
    for threads in ("1", "2"):
        p = subprocess.run(f"'{BIN}' --in jsonl --threads {threads} | head -c 100 >/dev/null; "
                           "echo \"status=${PIPESTATUS[0]}\"", shell=True, executable="/bin/bash",
                           input=data, capture_output=True, timeout=120)
        status = int(p.stdout.decode().strip().rsplit("status=", 1)[1])
        assert status == 1, f"cxaudit exited with {status} on a closed pipe (not 1)"
        assert b"cannot write the output: Broken pipe" in p.stderr, p.stderr
    d = tempfile.mkdtemp()  # standard output closed altogether
    try:
        p = subprocess.run(f"'{BIN}' '{POSTINGS}' >&-", shell=True, capture_output=True,
                           timeout=60)
        assert p.returncode == 1 and b"cannot write the output" in p.stderr, p.stderr
    finally:
        shutil.rmtree(d)


def test_gnu_parallel_pipe():
    parallel = shutil.which("parallel")
    if parallel is None:
        print("SKIP: GNU parallel is not installed")
        return
    data = open(POSTINGS, "rb").read() * 40
    p = subprocess.run([parallel, "--will-cite", "--pipe", "--block", "4k", "-k", BIN, "--in",
                        "jsonl", "--out", "jsonl", "--threads", "1"], input=data,
                       capture_output=True, timeout=300)
    assert p.returncode == 0, p.stderr
    reps = jsonl(p.stdout)
    direct = jsonl(run(["--in", "jsonl"], stdin=data).stdout)
    assert len(reps) == len(direct) == 24 * 40
    strip = lambda r: {k: v for k, v in r.items() if k != "id"}  # ids of id-less lines differ
    assert [strip(r) for r in reps] == [strip(r) for r in direct]


def main():
    names = sys.argv[3:] or [n for n in globals() if n.startswith("test_")]
    for n in names:
        globals()[n]()
        print("ok", n)


if __name__ == "__main__":
    main()
