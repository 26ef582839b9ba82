# `SyntaxError.text`: parser and tokenizer errors carry the line (with a newline added when the
# source has none); errors of the compiler proper read the line from the file named in compile(),
# so a made-up filename gives None.
import os

def show(src, filename="<src>"):
    try:
        compile(src, filename, "exec")
    except SyntaxError as e:
        print(type(e).__name__, repr(e.text), e.lineno, e.offset, "|", e)


show("x = (1,")
show("a = 1\r\nb c")
show("def f():\n    return 1\n  x = 2")
show("return 5")
show("def f():\n    nonlocal q")
show("class C:\n    yield 1")
here = os.path.abspath(__file__)
show("\n\nbreak", here)
show("break", here)
print(str(SyntaxError("m", ("/x/y/mod.py", 7, 1, None, 7, 2))), str(SyntaxError("m", (None, 7, 1, None, 7, 2))))
