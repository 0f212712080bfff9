#!/usr/bin/env python3
"""CTest driver for the cxaudit command-line tool: every input and output format, each kind of
bad record, order under threads, exit codes, a full disk, a closed pipe and GNU parallel.

    run_cli_tests.py CXAUDIT_BINARY TESTS_DATA_DIR [TEST_NAME ...]

Each test_* function of the test_*.py files beside this one is one CTest case
(tests/cli/CMakeLists.txt); clitest.py holds what they share. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import test_bad_input  # noqa: E402  (clitest reads the paths from sys.argv when imported)
import test_exit_status  # noqa: E402
import test_inputs  # noqa: E402
import test_outputs  # noqa: E402

MODULES = (test_inputs, test_outputs, test_bad_input, test_exit_status)


def main():
    tests = {n: getattr(m, n) for m in MODULES for n in dir(m) if n.startswith("test_")}
    names = sys.argv[3:] or sorted(tests)
    for n in names:
        if n not in tests:
            sys.exit(f"no such test: {n}")
        tests[n]()
        print("ok", n)


if __name__ == "__main__":
    main()
