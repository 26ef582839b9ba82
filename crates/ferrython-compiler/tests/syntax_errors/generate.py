"""Regenerate the expected CompileError fields from CPython 3.11.

Run from anywhere: python3 tests/syntax_errors/generate.py
Each NAME.py here is compiled by CPython (with its real path as filename, so compiler errors carry
the source line as they do for files on disk) and NAME.expected receives:
    kind, msg, position lineno:offset-end_lineno:end_offset, text (escaped)
CPython's end_offset of -1 is written as 0 (Ferrython's CompileError fields are unsigned).
"""
import glob
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))


def escape(text):
    if text is None:
        return "None"
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


for path in sorted(glob.glob(os.path.join(here, "*.py"))):
    if os.path.basename(path) == "generate.py":
        continue
    with open(path, encoding="utf-8") as f:
        source = f.read()
    try:
        compile(source, path, "exec")
    except RecursionError as e:
        out = "RecursionError\nmsg: maximum recursion depth exceeded during compilation\n"
    except SyntaxError as e:
        end_offset = 0 if e.end_offset is None or e.end_offset < 0 else e.end_offset
        out = (
            f"{type(e).__name__}\n"
            f"msg: {e.msg}\n"
            f"position: {e.lineno}:{e.offset}-{e.end_lineno}:{end_offset}\n"
            f"text: {escape(e.text)}\n"
        )
    else:
        print(f"{path}: compiles without error", file=sys.stderr)
        continue
    with open(path[:-3] + ".expected", "w", encoding="utf-8") as f:
        f.write(out)
