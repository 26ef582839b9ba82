import sys

for code in (0, 2, "text", None, (1, 2)):
    try:
        sys.exit(code)
    except SystemExit as e:
        print(repr(code), "->", repr(e.code), repr(e.args), type(e).__name__)

try:
    raise SystemExit(5, "extra")
except SystemExit as e:
    print(e.code, e.args)

print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    try:
        sys.exit(9)
    except Exception:
        print("not caught by except Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__, e.code)
sys.exit(0)
