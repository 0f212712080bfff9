"""Output formats: CSV, the terminal table (colour only on a terminal), HTML (also in a
headless browser when one is installed) and the summary.

One CTest case per test_* function; run through run_cli_tests.py."""
import csv
import html.parser
import io
import os
import pty
import shutil
import struct
import subprocess
import tempfile

from clitest import run, jsonl, input_records, BIN, CLI, POSTINGS, BAD

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


def write_html_report(d):
    """The HTML report of the sample postings and the bad records, written to d/report.html."""
    path = os.path.join(d, "report.html")
    with open(path, "wb") as f:
        p = subprocess.run([BIN, "--out", "html", POSTINGS, BAD], stdout=f, cwd=CLI,
                           stderr=subprocess.PIPE, timeout=120)
    assert p.returncode == 0, p.stderr
    return path


def test_html_out():
    d = tempfile.mkdtemp()
    try:
        path = write_html_report(d)
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
        page = write_html_report(d)
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
