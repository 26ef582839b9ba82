# re.error messages, positions, lineno/colno, and the other exceptions compile raises.
import re

patterns = [
    "(", "a)", "[a", "[", "[]", "[^]", "a{2,1}", "*", "+a", "?", "a**", "a*?*", "a++*", "{1}",
    "(?P<1>a)", "(?P<a>a)(?P<a>b)", "(?P<>a)", "(?P<a", "(?P<a-b>x)", "(?P=x)", "(?P=)", "(?P=1)",
    "(?Px)", "(?P", "(?", "(?z)", "(?<x)", "(?<", "(?#abc", "(?#", "(?i", "(?iz)", "(?i-)", "(?-i",
    "(?-z:a)", "(?i-i:a)", "(?t:a)", "(?-t:a)", "(?aL)", "(?au:a)", "(?-a:x)", "(?L)a", "(?i", "(?i-m",
    "(?i1)", "(?-1:a)", "(?-i1:a)", "a(?i)b", "a|(?i)b", "(?x)a(?i)b", "(?i)(?m)a",
    r"\x1", r"\x", r"\xg0", r"\u12", r"\U1234567", r"\U00110000", r"\N", r"\N{", r"\N{}", r"\N{FOO}",
    r"\8", r"\9", r"\1", r"(a)\2", r"(a\1)", r"\400", r"\777", r"\q", r"\e", "a\\",
    r"[\q]", r"[\8]", r"[\A]", r"[\400]", r"[\x1]", "[z-a]", r"[\d-z]", r"[a-\d]", "[a-", "[a-]", r"[\w-]",
    "(?(1)a|b)", "(?(0)a)", "(?(x)a)", "(?(-1)a)", "(?(1a)a)", "(a)(?(1)a|b|c)", "(?(1", "(?()a)",
    "(?<=a*)", "(?<!a|bc)", "(?<=(a)\\1)", "(?<=a+b)", "(?<=(?P<x>a)(?P=x))", "(a)(?<=\\1)",
    "(?P<a>x)(?(a)y|z", "((a)", "(a))", "())", "\n(", "ab\ncd(", "a\n\n(?z)",
    "(?>", "(?>a", "x{2", "x{,", "x{2,", "x{99999999999}", "x{4294967295}", "x{1,4294967295}",
    "(?<=\\b)", "(?m", "a{1,2}{3}", "^*", "$+", "\\A?", "\\b*", "(?=a)*",
]
for p in patterns:
    try:
        r = re.compile(p)
        print(repr(p), "ok", r.groups)
    except re.error as e:
        print(repr(p), "error:", e, "|", repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == p)
    except Exception as e:
        print(repr(p), type(e).__name__ + ":", e)

for p in [b"(", b"\\q", b"\\u1234", b"\\N{DASH}", b"(?u)a", b"(?L)a", b"[\\xe9-\\x01]", b"\xe9)"]:
    try:
        re.compile(p)
        print(p, "ok")
    except re.error as e:
        print(p, "error:", e, "|", repr(e.msg), e.pos, e.lineno, e.colno)

for p, f in [("a", re.L), (b"a", re.U), (b"a", re.A | re.L), ("a", re.A | re.U), ("(?a)a", re.U), ("(?u)a", re.A)]:
    try:
        re.compile(p, f)
        print(p, f, "ok")
    except Exception as e:
        print(p, f, type(e).__name__ + ":", e)

e = re.error("boom")
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, e.args)
e = re.error("boom", "ab\ncd", 4)
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, e.args)
e = re.error("boom", b"ab\ncd", 1)
print(e, e.lineno, e.colno)
print(re.error.__module__, re.error.__name__, issubclass(re.error, Exception))
try:
    re.compile(1)
except TypeError as e:
    print("TypeError:", e)
try:
    re.compile(re.compile("a"), re.I)
except ValueError as e:
    print("ValueError:", e)
print(re.compile(re.compile("a")) is re.compile("a") or "same pattern object not required")
