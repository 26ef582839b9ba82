# The module-level functions: argument handling, the pattern cache, purge, escape, Scanner.
import re

print(re.match("a", "ab", 0), re.search(pattern="b", string="ab"), re.fullmatch("ab", "ab", flags=re.I))
print(re.sub(pattern="a", repl="b", string="aa", count=1), re.subn("a", "b", "aa", 0, re.I), re.split("a", "bab", 1, 0))
print(re.findall("a", "aA", re.I), [m.span() for m in re.finditer("a", "aA", flags=re.I)], re.compile("a", flags=2))
for call in [lambda: re.match("a"), lambda: re.match(), lambda: re.match("a", "b", 0, 1), lambda: re.match("a", "b", x=1),
             lambda: re.sub("a", "b"), lambda: re.split("a"), lambda: re.compile(), lambda: re.purge(1),
             lambda: re.match("a", "a", flags="x"), lambda: re.match(1, "a"), lambda: re.match(re.compile("a"), "a", re.I),
             lambda: re.match("a", "a", 1.5), lambda: re.compile(b"a", re.U), lambda: re.match(bytearray(b"a"), b"a"),
             lambda: re.search("a", "a", pattern="b")]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

p = re.compile("x+")
print(re.compile("x+") is p, re.compile("x+", re.I) is p, re.match(p, "xx"), re.compile(p) is p, re.compile(p, 0) is p)
re.purge()
print(re.compile("x+") == p, re.compile("(?i)x").flags, re.compile("x", re.I | re.M).flags, re.compile(b"x").flags)
print(re.compile("x", re.RegexFlag.VERBOSE).flags, re.compile("x", 0).flags, re.compile("x", False).flags)
for s in ["", "abc", "a.b*c?d+e(f)g[h]i{j}k|l^m$n\\o", "-#&~ \t\n\r\v\f", "é€\U0001f600_0", "\x00"]:
    print(repr(re.escape(s)), re.match(re.escape(s), s).group() == s)
print(re.escape(b"a.b\x00\xff"), re.match(re.escape(b"a.b\x00\xff"), b"a.b\x00\xff") is not None)

scanner = re.Scanner([
    (r"[a-zA-Z_]\w*", lambda s, tok: ("NAME", tok)),
    (r"\d+(\.\d*)?", lambda s, tok: ("NUMBER", tok)),
    (r"=|\+|-|\*|/", lambda s, tok: ("OP", tok)),
    (r"\s+", None),
])
print(scanner.scan("x = 3.5 + y1 * 42 $ rest"))
print(re.Scanner([(r"a", "A"), (r"b", "B")]).scan("abba!"))
print(sorted(n for n in re.__all__), re.__version__, re.template("a").pattern)
