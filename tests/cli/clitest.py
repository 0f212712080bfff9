"""Shared by the cxaudit CLI tests: the program and data paths (from the command line of
run_cli_tests.py), running the program, and the report contract every output must keep."""
import json
import os
import subprocess
import sys

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
