# Astral characters, bytes template errors, VERBOSE layout, expand, scoped flags, fullmatch.
import re
print(type(re.finditer('a', 'a')).__name__, type(re.compile('a').scanner('a')).__name__)
print(re.findall("\U0001f600+", "a\U0001f600\U0001f600b"), re.sub("(?i)\U00010400", "x", "\U00010428"), re.match(".", "\U0001f600").span())
print(re.split("", "\U0001f600a"), re.escape("\U0001f600"), re.search(r"[\U0001f600-\U0001f64f]+", "hi \U0001f601\U0001f602!").span())
print(re.sub(rb"\q", b"", b"") if False else "skip")
for t in [rb"\q", rb"\g<\xe9>", b"\\g<1", b"\\9"]:
    try:
        re.sub(rb"(a)", t, b"a")
    except (re.error, IndexError) as e:
        print(type(e).__name__, e, getattr(e, "pos", None))
print(re.compile(r"""(?x)
    (?P<year>\d{4})   # year
    -                 # sep
    (?P<month>\d\d)   # month
""").match("2024-05").groupdict())
print(re.compile("a b", re.X).match("ab"), re.compile("[a b]", re.X).match(" "), re.compile("a\\ b", re.X).match("a b"), re.compile("a#x\nb", re.X).match("ab"))
print(re.compile("(?x: a b )c d").match("abc d"), re.compile("(?x)a{1, 2}").match("a{1,2}"), re.compile("(?x)a {2}").match("aa"))
print(re.match("a", "a").__class__ is re.Match, isinstance(re.compile("a"), re.Pattern))
m = re.match(r"(?P<n>a)(b)", "ab")
print(m.expand(r"\g<n>-\2-\g<0>"), m.expand(b"x" if False else "y"), re.match(rb"(a)", b"a").expand(rb"<\1>"))
print(re.sub("a", "\\\\", "a"), re.sub("a", r"\\n", "a"), re.subn("(?m)^", "> ", "a\nb"))
print(re.match(r"(?s:.)", "\n"), re.match(r"(?-s:.)", "\n", re.S), re.match("(?m:^)b", "a\nb"), re.search("(?m:$)", "a\nb").span())
print(re.fullmatch(r"\d{3}-\d{4}", "555-1234"), re.fullmatch("a*?", "aaa").span(), re.fullmatch("(?:a|ab)(?:c|bcd)", "abcd"))
print(re.match("(a)(?P<x>b)(c)", "abc").lastgroup, re.match("(a)(?P<x>b)(c)?", "ab").lastgroup)
print(bool(re.match("", "")), re.match("x", "y") is None, str(re.compile("x")), re.compile("x").pattern)
print(re.sub("(?P<a>.)", lambda m: m["a"] * 2, "abc"), re.compile(r"\w").sub(lambda m: m.group().upper(), "ab c", count=2))

# Edge inputs: surrogate escapes, huge counts and integers, empty alternatives, lookbehind backreferences.
tests = [
    lambda: re.compile("\\ud800").match("a"),
    lambda: re.compile("[\\ud800-\\udfff]", re.I).search("abc"),
    lambda: re.match("a{4294967294}", "aaa"),
    lambda: re.match("(?:a{100}){100}", "a" * 10000).end(),
    lambda: re.match("|", "x").span(),
    lambda: re.match("(|)*", "x").span(),
    lambda: re.match("a", "a", 2 ** 40),
    lambda: re.compile("a").match("a", 2 ** 70),
    lambda: re.compile("(?i)[\\x00-\\U0010ffff]").match("\U0010ffff").span(),
    lambda: re.compile("(?<=\\b)").search("").span() if re.compile("(?<=\\b)").search("") else None,
    lambda: re.sub("", lambda m: "x", ""),
    lambda: re.split("(?:)", ""),
    lambda: re.compile("(a)(?<=(?P=1))") ,
    lambda: re.compile(r"(?<=(a)\1)"),
    lambda: re.compile("(?P<n>a)(?<=(?P=n))").search("aa").span(),
    lambda: re.fullmatch("(?:(?:a|)*)*", "aaa").span(),
    lambda: re.match(b"\\x00+", b"\x00\x00").span(),
    lambda: re.match("\\0", "\x00").span(),
    lambda: re.compile("(?x)#"),
    lambda: re.compile("(?x)[#]").match("#").span(),
    lambda: re.compile(".*").sub(lambda m: m.expand("\\g<0>!"), "ab"),
    lambda: re.compile("(?s).{3,}?x").search("aaaaax").span(),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
