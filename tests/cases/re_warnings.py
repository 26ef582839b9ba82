# FutureWarnings for set syntax that future versions may read differently, through `warnings`.
import re
import warnings

for p in ["[[a]", "[a--]", "[a&&b]", "[a||b]", "[a~~b]", "[a-]", "[--a]", "[a-a-z]", "[&&]", "[^[]"]:
    try:
        re.compile(p)
    except re.error as e:
        print(p, "error:", e)

def f():
    return re.compile("[[x]")

f()
f()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    re.compile("[[y]")
    re.compile(b"[a||b]")
    print([(x.category.__name__, str(x.message), x.lineno) for x in w])
warnings.simplefilter("error")
try:
    re.compile("[[z]")
except FutureWarning as e:
    print("raised", e)
warnings.resetwarnings()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    re.compile(b"(?P<\xe9>a)")
    re.compile("(?P<a>a)(?(\u0661)a|b)")
    re.compile(b"(a)(?(+1)a|b)")
    re.compile("(a)(?(1)a|b)")
    re.sub("(a)", "\\g<\u0661>", "a")
    re.sub("(a)", r"\g< 1>", "a")
    re.sub(b"(?P<\xe9>a)", b"\\g<\xe9>", b"a")
    re.template("a")
    for x in w:
        print(x.category.__name__, str(x.message))
