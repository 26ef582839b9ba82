#!/usr/bin/env python3
"""How much of Ferrython's Python-written standard library repeats CPython's own source.

Ferrython's modules must be written here, not reproduced from CPython's Lib/. This compares each
module in crates/ferrython-stdlib/lib with CPython 3.11's module of the same name: both are parsed,
docstrings dropped and the code unparsed (so formatting and comments do not count), and the share
of our code lines that sit in runs of 4 or more consecutive lines identical to CPython's is printed.
Small shared runs are normal (the same public API, the same error messages); a module where most of
the code is in such runs was reproduced, not written, and needs rewriting.

Usage: python3 tools/provenance.py [--limit PERCENT] [module.py ...]
Exits 1 when a module is over the limit (default 40).
"""

import argparse
import ast
import difflib
import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "crates", "ferrython-stdlib", "lib")
RUN = 4


def code_lines(path):
    tree = ast.parse(open(path, encoding="utf-8").read())
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                and body and isinstance(body[0], ast.Expr)
                and isinstance(body[0].value, ast.Constant) and isinstance(body[0].value.value, str)):
            node.body = body[1:] or [ast.Pass()]
    return [line.strip() for line in ast.unparse(tree).splitlines() if line.strip()]


def counterpart(rel):
    lib = os.path.dirname(os.__file__)
    path = os.path.join(lib, rel)
    return path if os.path.exists(path) else None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=40)
    parser.add_argument("modules", nargs="*")
    args = parser.parse_args()
    files = args.modules or sorted(
        os.path.join(d, f) for d, _, fs in os.walk(ROOT) for f in fs if f.endswith(".py"))
    over = 0
    for path in files:
        rel = os.path.relpath(path, ROOT)
        theirs = counterpart(rel)
        if theirs is None:
            continue
        ours = code_lines(path)
        if len(ours) < 20:
            continue
        matcher = difflib.SequenceMatcher(None, ours, code_lines(theirs), autojunk=False)
        shared = sum(m.size for m in matcher.get_matching_blocks() if m.size >= RUN)
        share = 100 * shared // len(ours)
        flag = "  <-- rewrite" if share > args.limit else ""
        over += bool(flag)
        print(f"{rel:32} {len(ours):5} code lines, {share:3}% in runs identical to CPython's{flag}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
