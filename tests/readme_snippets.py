#!/usr/bin/env python3
"""Checks that every README code block marked `<!-- snippet: PATH -->` is a verbatim run of
lines of PATH, a file the build compiles or a test runs, so the README's snippets cannot drift
from code that is known to work.

    readme_snippets.py REPOSITORY_ROOT
"""
import os
import re
import sys

root = sys.argv[1]
readme = open(os.path.join(root, "README.md"), encoding="utf-8").read()
pattern = re.compile(r"<!-- snippet: (\S+) -->\n```[a-z]*\n(.*?)```", re.S)
found = pattern.findall(readme)
if len(found) < 6:
    sys.exit(f"expected at least 6 marked snippets in README.md, found {len(found)}")
failed = False
for path, block in found:
    source = open(os.path.join(root, path), encoding="utf-8").read().splitlines()
    lines = block.rstrip("\n").splitlines()
    n = len(lines)
    if not any(source[i:i + n] == lines for i in range(len(source) - n + 1)):
        print(f"README snippet for {path} is not a verbatim part of that file:\n{block}")
        failed = True
    else:
        print(f"ok {path} ({n} lines)")
sys.exit(1 if failed else 0)
