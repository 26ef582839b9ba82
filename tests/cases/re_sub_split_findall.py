# sub/subn (templates, callables, count, empty matches), split (groups, maxsplit), findall, finditer.
import re

print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"))
print(re.sub(r"(?P<a>\d)", r"<\g<a>>", "a1b22"))
print(re.sub(r"\d", r"\g<0>\g<0>", "a1b2"))
print(re.sub(r"(\d)", "\\1\\1", "x9"), re.sub("a", r"\n", "bab"), re.sub("a", "\\\\", "bab"))
print(re.sub("a", r"\&", "bab"), re.sub("a", "\\0", "a"), re.sub("a", "\\101", "a"))
print(re.sub("x*", "-", "abxd"), re.sub("x*", "-", ""), re.sub("", "-", "abc"), re.sub("a|", "-", "bab"))
print(re.sub(r"\b", "|", "ab cd"), re.sub("(?=b)", "^", "abab"), re.sub("a*", "X", "baaac"))
print(re.subn("a", "b", "aaa"), re.subn("a", "b", "aaa", 2), re.subn("a", "b", "aaa", count=1), re.subn("z", "b", "aaa"))
print(re.sub("a", "b", "aaa", -1), re.sub("a", lambda m: m.group().upper(), "banana"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(re.sub("a", lambda m: None, "banana"), re.sub("(a)|(n)", lambda m: str(m.lastindex), "banana"))
print(re.sub("(a)?b", r"[\1]", "b ab"), re.sub("(a)?b", lambda m: repr(m.group(1)), "b ab"))
print(re.compile("o").sub("0", "foo boo", 3), re.compile("o").subn(repl="0", string="foo", count=1))
for repl in [1, b"x", None, lambda m: 1, lambda m: b"x"]:
    try:
        print(re.sub("a", repl, "bab"))
    except TypeError as e:
        print("TypeError:", e)
for repl in [r"\2", r"\g<x>", r"\g<2>", r"\q", "\\", r"\g<a b>", r"\g<01>"]:
    try:
        print(repr(re.sub("(a)", repl, "a")))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)

print(re.split(",", "a,b,,c"), re.split("(,)", "a,b"), re.split("(,)|(;)", "a,b;c"), re.split(",", "a,b,c", 1))
print(re.split(",", "a,b,c", maxsplit=-1), re.split("x*", "axbc"), re.split(r"\b", "a b"), re.split("", "abc"))
print(re.split("(?=b)", "abab"), re.split("a|", "bab"), re.split(r"\s+", " a  b "), re.split("(a)(x)?", "1a2"))
print(re.split("[,;]", "", 0), re.split("x", "axbxc", maxsplit=5), re.split("(x)", "x"))

print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1b2c"), re.findall(r"(\w)\d", "a1b2"))
print(re.findall("", "abc"), re.findall("a*", "baaac"), re.findall(r"\b|a", "a a"), re.findall("(a)|b", "ab"))
print(re.findall("(a)(b)?", "aab"), re.findall(r"\w+", "héllo wörld"), re.findall("x", "abc"))
p = re.compile(r"\w")
print(p.findall("abcdef", 2), p.findall("abcdef", 2, 4), p.findall("abcdef", -3, 100), p.findall("abc", 5))
print([m.span() for m in re.finditer(r"\w+", "ab cd  ef")], [m.group() for m in re.finditer("", "ab")])
print([m.span() for m in p.finditer("abcdef", 1, 3)], [m.span() for m in re.finditer("a*", "baaac")])
it = re.finditer("a", "aa")
print(next(it).span(), next(it).span(), next(it, "done"))
s = p.scanner("ab")
print(s.match(), s.match(), s.match(), s.pattern is p)
s = re.compile("b").scanner("abab")
print(s.search(), s.search(), s.search(), s.search())
print(re.sub("(?i)b+", "x", "aBbBa"), re.sub("a", "\u20ac", "bab"), re.sub("é", "e", "café"))
print(re.sub("^", ">", "a\nb", flags=re.M), re.sub("$", "<", "a\nb\n", flags=re.M), re.sub("$", "<", "a\nb\n"))
