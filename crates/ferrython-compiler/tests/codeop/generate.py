"""Record what CPython 3.11's interactive prompt decides for each line of cases.txt.

Run: python3 crates/ferrython-compiler/tests/codeop/generate.py

Each line of cases.txt is what is typed at the prompt, every line ending in a newline, written
with the escapes \\n, \\t and \\\\. The lines are piped into `python3 -q -i` (its interactive loop
prompts on stderr when stdin is not a terminal) and cases.expected records, per case, the prompts
CPython showed and the syntax errors it reported, as `codeop.rs`'s test replays them:

    >>>                 the primary prompt (a statement is complete, or input starts)
    ...                 the continuation prompt (more input needed)
    ! Kind: msg @N      a syntax error reported at line N of the statement

The input ends after the last line: an unfinished statement is then compiled as it is (Ctrl-D).
Cases are chosen so that no complete statement raises at run time.
"""
import os
import re
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
EVENT = re.compile(r'>>> |\.\.\. |  File "<stdin>", line (\d+)\n(?:(?:    .*)?\n)*?(\w+Error): (.*)\n|\n|Traceback')


def unescape(s):
    out, i = [], 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s):
            out.append({"n": "\n", "t": "\t", "\\": "\\"}[s[i + 1]])
            i += 2
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def transcript(source):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    proc = subprocess.run([sys.executable, "-q", "-i"], input=source.encode(), capture_output=True, env=env, timeout=20)
    err = proc.stderr.decode()
    events, pos = [], 0
    while pos < len(err):
        m = EVENT.match(err, pos)
        if not m:
            sys.exit(f"unexpected stderr for {source!r} at {pos}: {err!r}")
        text = m.group(0)
        if text == "Traceback":
            sys.exit(f"{source!r} raised at run time: {err!r}")
        if text in (">>> ", "... "):
            events.append(text.strip())
        elif m.group(1):
            events.append(f"! {m.group(2)}: {m.group(3)} @{m.group(1)}")
        pos = m.end()
    return " ".join(events)


lines = []
with open(os.path.join(here, "cases.txt"), encoding="utf-8") as f:
    for case in f.read().splitlines():
        source = unescape(case)
        assert source.endswith("\n"), case
        lines.append(f"{case} -> {transcript(source)}\n")
with open(os.path.join(here, "cases.expected"), "w", encoding="utf-8") as f:
    f.writelines(lines)
