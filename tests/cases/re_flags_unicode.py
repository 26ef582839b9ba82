# Flags (RegexFlag reprs and operators, inline flags), IGNORECASE with Unicode case folding,
# ASCII versus Unicode classes, and bytes patterns.
import re

print(re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.T, re.DEBUG, re.NOFLAG)
print(repr(re.I | re.M), str(re.I | re.M), re.IGNORECASE | re.DOTALL | re.ASCII, re.I | 1024, re.RegexFlag(1024))
print(~re.I, re.I & 3, re.I ^ re.I, 2 | re.I, type(2 | re.I).__name__, re.I + 1, type(re.I + 1).__name__)
print(re.I == 2, hash(re.I) == hash(2), int(re.M), re.I.name, re.I.value, (re.I | re.M).name, re.RegexFlag(2) is re.I)
print(f"{re.I}", f"{re.I:x}", "%s %d" % (re.M, re.M), isinstance(re.I, int), re.RegexFlag.IGNORECASE is re.I)
print(list(re.RegexFlag), repr(re.RegexFlag), len(re.RegexFlag), re.I in (re.I | re.M), re.S in (re.I | re.M))

for p, f in [("a", 0), ("a", re.I), ("a", re.I | re.M), ("(?i)a", 0), ("(?x)a", re.S), (b"a", 0), (b"a", re.I),
             ("a", re.A), ("(?a)a", 0), (b"a", re.L), ("a", re.I | re.DEBUG * 0 | 512), ("a" * 300, 0), ("a'b", 0)]:
    c = re.compile(p, f)
    print(repr(c), c.flags, c.flags == int(c.flags))

pairs = [
    ("(?i)abc", "ABC"), ("(?i)[a-z]+", "HeLLo"), ("(?i)[^a-z]", "A"), ("(?i)k", "\u212a"), ("(?i)\u212a", "k"),
    ("(?i)s", "\u017f"), ("(?i)\u017f", "S"), ("(?i)[s]", "\u017f"), ("(?i)[a-z]", "\u017f"), ("(?i)i", "\u0131"),
    ("(?i)\u0130", "i"), ("(?i)i", "\u0130"), ("(?i)straße", "STRASSE"), ("(?i)ß", "ẞ"), ("(?i)σ", "ς"), ("(?i)Σ", "ς"),
    ("(?i)[α-ω]+", "ΑΒΓ"), ("(?i)é", "É"), ("(?i)(?a)k", "\u212a"), ("(?ai)s", "\u017f"), ("(?i)[^k]", "\u212a"),
    ("(?i)µ", "Μ"), ("(?i)[\u00b5]", "\u03bc"), ("(?i)ǅ", "Ǆ"), ("(?i)ǅ", "ǆ"), ("(?i)Ω", "\u2126"), ("(?i)[Ω]", "ω"),
    ("(?i)\\w+", "ÀÉ"), ("(?i)[\\d]", "٣"), ("(?i)(a)\\1", "aA"), ("(?i)(é)\\1", "éÉ"), ("(?i)1", "1"),
    ("\\w+", "héllo_wörld2"), ("(?a)\\w+", "héllo"), ("\\d+", "١٢٣"), ("(?a)\\d+", "١٢٣"), ("\\s+", "\u2003\x1c"),
    ("(?a)\\s+", "\u2003"), ("\\W", "é"), ("(?a)\\W", "é"), ("\\D", "٣"), ("\\S", "\xa0"), ("\\bé", " é"),
    ("(?a)\\bé", " é"), ("[\\w]+", "日本語"), ("\\w", "²"), ("\\d", "²"), ("\\w", "\u0345"), ("[^\\W\\d]+", "ab12"),
    ("(?i)[^\\W]", "É"), (".", "\u2028"), ("(?m)^b", "a\u2028b"), ("\\s", "\x85"),
]
for p, s in pairs:
    m = re.match(p, s)
    print(ascii(p), ascii(s), ascii(m.group()) if m else None)

bpairs = [
    (b"\\w+", b"ab\xe9"), (b"(?i)\xe9", b"\xc9"), (b"(?i)a", b"A"), (b"\\d", b"\xb2"), (b"\\s+", b" \t\x1c"),
    (b"[\\x00-\\x7f]+", b"abc\x80"), (b"(?L)\\w", b"a"), (b"(?i)[a-z]+", b"ABC"), (b".", b"\n"), (b"\\xff", b"\xff"),
]
for p, s in bpairs:
    m = re.match(p, s)
    print(p, s, m.group() if m else None)

print(re.sub(b"a", b"b", b"aa"), re.split(b",", b"a,b"), re.findall(rb"\d", b"a1b2"), re.sub(rb"(a)", rb"\1\1", b"a"))
print(re.match(b"a", bytearray(b"ab")), re.match(b"a", memoryview(b"ab")).group(), re.search(b"b", bytearray(b"ab")).group())
print(re.escape("a.b-c d\té#&~"), re.escape(b"a.b\xe9"), re.escape("\u0100*"), re.escape("_-"))
for a, b in [("a", b"a"), (b"a", "a")]:
    for f in (re.match, re.search, re.findall, re.split):
        try:
            f(a, b)
        except TypeError as e:
            print(f.__name__, "TypeError:", e)
try:
    re.match("a", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    re.sub(b"a", "x", b"a")
except TypeError as e:
    print("TypeError:", e)
print(repr(~(re.I | re.S | re.X | (1 << 20))), repr(~re.NOFLAG), re.compile("(a)").groupindex, re.compile("a").groupindex)
for p in [r"\N{LESS-THAN SIGN}", r"\N{less-than sign}", r"[\N{SNAKE}]", r"\N{EM DASH}+", r"\N{NOPE}", r"\N{}", r"\N{EM DASH", r"\N"]:
    try:
        print(ascii(p), ascii(re.match(p, "<\U0001f40d\u2014\u2014").group() if re.match(p, "<\U0001f40d\u2014\u2014") else None))
    except re.error as e:
        print(ascii(p), "error:", e)
try:
    re.compile(rb"\N{EM DASH}")
except re.error as e:
    print("error:", e)
# LOCALE with IGNORECASE tests the character, its lowercase and its uppercase against a set with
# its negation applied to each, so a negated set can match its own member's other case.
for p, s in [(b"(?iL)[^a\n]", b"a"), (b"(?iL)[^a]+", b"aAb"), (b"(?iL)a", b"A"), (b"(?iL)[^\\w]", b"a"), (b"(?iL)[a-z]+", b"QwE"),
             (b"(?L)[^a]", b"a"), (b"(?iL)[^A]", b"a"), (b"(?i)[^a]", b"A"), (b"(?iL)\xe9", b"\xc9")]:
    m = re.match(p, s)
    print(p, s, m and m.group())
