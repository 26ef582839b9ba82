sources = [
    "x = (1,",
    "def f(:\n    pass",
    "if True:\nprint(1)",
    "1 +* 2",
    "return 5",
    "a b c",
    "'unterminated",
    "x = 1\n  y = 2",
    "f(**k, *a)",
    "lambda x: yield x",
]
for src in sources:
    try:
        compile(src, "<snippet>", "exec")
        print("compiled?!", repr(src))
    except SyntaxError as e:
        print(f"{type(e).__name__}: {e.msg} | line {e.lineno} offset {e.offset} | text {e.text!r} | file {e.filename}")
try:
    eval("1 + ")
except SyntaxError as e:
    print("eval:", e.msg, e.filename, e.lineno, str(e))
try:
    exec("for x in range(3):\n    pass\n  oops")
except SyntaxError as e:
    print("exec:", type(e).__name__, e.msg, e.filename, e.lineno)
print(isinstance(SyntaxError("m"), Exception), SyntaxError("m").msg)
