"""Bad input, order and limits: one output record per input record, corrupted streams under
threads, order under threads, lines over the size limit.

One CTest case per test_* function; run through run_cli_tests.py."""
import json
import os
import random
import shutil
import tempfile

from clitest import run, jsonl, input_records, BAD, SCHEMA

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
