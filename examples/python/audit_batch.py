#!/usr/bin/env python3
"""Audit a batch of postings from Python through cxaudit's C API (ctypes, standard library).

    python3 audit_batch.py path/to/libcxaudit_c.so [postings.jsonl]

Without a JSON Lines file it audits a few built-in postings. Prints one line per posting:
id, whether the title claims CX, the role class, and the finding codes.
"""
import ctypes
import json
import sys


class Auditor:
    """A cxaudit auditor loaded from the C API's shared library."""

    OK = 0

    def __init__(self, library_path, lexicon_path=None):
        lib = ctypes.CDLL(library_path)
        lib.cxaudit_version.restype = ctypes.c_char_p
        lib.cxaudit_status_message.restype = ctypes.c_char_p
        lib.cxaudit_status_message.argtypes = [ctypes.c_int]
        lib.cxaudit_create.argtypes = [ctypes.POINTER(ctypes.c_void_p)]
        lib.cxaudit_create_with_lexicon.argtypes = [
            ctypes.c_char_p, ctypes.POINTER(ctypes.c_void_p), ctypes.c_char_p, ctypes.c_size_t]
        lib.cxaudit_destroy.argtypes = [ctypes.c_void_p]
        lib.cxaudit_audit.argtypes = [
            ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, ctypes.c_size_t,
            ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_char_p),
            ctypes.POINTER(ctypes.c_size_t)]
        lib.cxaudit_last_error.restype = ctypes.c_char_p
        lib.cxaudit_last_error.argtypes = [ctypes.c_void_p]
        self._lib = lib
        self._handle = ctypes.c_void_p()
        if lexicon_path is None:
            status = lib.cxaudit_create(ctypes.byref(self._handle))
        else:
            err = ctypes.create_string_buffer(512)
            status = lib.cxaudit_create_with_lexicon(
                lexicon_path.encode(), ctypes.byref(self._handle), err, len(err))
            if status != self.OK:
                raise RuntimeError(err.value.decode("utf-8", "replace"))
        if status != self.OK:
            raise RuntimeError(lib.cxaudit_status_message(status).decode())

    @property
    def version(self):
        return self._lib.cxaudit_version().decode()

    def audit(self, title, text, posting_id=""):
        """Audits one posting; returns the report as a dict (schema cxaudit.report/1)."""
        b_id, b_title, b_text = (s.encode("utf-8", "surrogateescape")
                                 for s in (posting_id, title, text))
        out = ctypes.c_char_p()
        length = ctypes.c_size_t()
        status = self._lib.cxaudit_audit(self._handle, b_id, len(b_id), b_title, len(b_title),
                                         b_text, len(b_text), ctypes.byref(out),
                                         ctypes.byref(length))
        if status != self.OK:
            raise RuntimeError(self._lib.cxaudit_last_error(self._handle).decode())
        return json.loads(ctypes.string_at(out, length.value).decode("utf-8"))

    def close(self):
        if self._handle:
            self._lib.cxaudit_destroy(self._handle)
            self._handle = ctypes.c_void_p()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


SAMPLES = [
    ("py-1", "Customer Experience Associate",
     "Run the register, process returns and exchanges, keep the sales floor stocked and meet "
     "daily sales goals. Weekend availability required."),
    ("py-2", "Customer Insights Manager",
     "Own the voice of the customer program: analyze customer feedback and survey verbatims, "
     "map the customer journey with product and operations, and lead a team of CX analysts."),
    ("py-3", "Backend Engineer",
     "Build APIs in Go, run message queues, and fix tickets in Jira. 3+ years of experience."),
]


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 1
    postings = SAMPLES
    if len(argv) > 2:
        with open(argv[2], encoding="utf-8", errors="surrogateescape") as f:
            postings = [(str(r.get("id", i)), r.get("title", ""), r.get("text", ""))
                        for i, r in enumerate(json.loads(line) for line in f if line.strip())]
    with Auditor(argv[1]) as auditor:
        print(f"cxaudit {auditor.version}")
        for posting_id, title, text in postings:
            r = auditor.audit(title, text, posting_id)
            codes = ",".join(f["code"] for f in r["findings"]) or "-"
            print(f"{r['id']}\tcx_title={r['title']['is_cx']}\tclass={r['role']['class']}\t{codes}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
