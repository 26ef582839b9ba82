# Matching semantics: quantifiers, alternation, groups in repeats, backreferences, anchors.
import re

def show(pattern, string, flags=0, how="search"):
    try:
        m = getattr(re.compile(pattern, flags), how)(string)
    except re.error as e:
        print(repr(pattern), "error", e)
        return
    if m is None:
        print(repr(pattern), repr(string), None)
    else:
        print(repr(pattern), repr(string), m.span(), m.groups(), m.lastindex)

cases = [
    ("a*", "aaa"), ("a*?", "aaa"), ("a+?", "aaa"), ("a??b", "ab"), ("a{2}", "aaa"), ("a{2,}", "aaaa"),
    ("a{,2}", "aaa"), ("a{1,2}?", "aaa"), ("a{0}", "aaa"), ("a{,}", "aaa"), ("a{", "a{"), ("a{1", "a{1"),
    ("a{x}", "a{x}"), ("a{1,x}", "a{1,x}"), ("x{}", "x{}"), ("a|ab|abc", "abc"), ("(a|ab)(c|bcd)", "abcd"),
    ("(a+)(b+)?", "aab"), ("(a)|(b)", "b"), ("(a)|b", "b"), ("((a)b)", "ab"), ("(a)(b)", "ab"),
    ("(?:(a)|b)*", "ab"), ("(?:(a)|(b))*", "abab"), ("(a|b)*c", "ababc"), ("(a*)*", "aaa"), ("(a*)+", "aaa"),
    ("(a|)*", "aa"), ("(|a)*", "aa"), ("(a*?)*", "aa"), ("(a?)*?b", "aab"), ("(?:a|b)*?b", "aab"),
    ("(a)\\1", "aa"), ("(a)\\1", "ab"), ("(?P<x>a+)(?P=x)", "aaaa"), ("(a*)b\\1", "aabaa"), ("(a)|\\1", "x"),
    (r"(a)?b\1", "b"), (r"(?:(a)|b)\1", "ba"), ("(?i)(a)\\1", "aA"),
    ("^abc$", "abc\n"), ("^abc\\Z", "abc\n"), ("\\Aabc", "xabc"), ("abc$", "abc\nabc"), ("^b", "a\nb"),
    ("$", "a\n"), ("a$", "a\n\n"), ("\\bfoo\\b", "a foo."), ("\\Bfoo", "afoo"), ("\\b", ""), ("\\B", ""),
    ("x*", ""), ("", ""), (".", "\n"), ("[^a]", "\n"), ("a.c", "a\nc"), ("[\\s\\S]+", "a\nb"),
    ("(?s)a.c", "a\nc"), ("(?m)^b$", "a\nb\nc"), ("(?m)a$", "a\n\n"), ("(?x) a b # comment\n c", "abc"),
    ("(?x)[ a]", " "), ("(?x)a\\ b", "a b"), ("(?x)a#b\n|c", "c"), ("(?x:a b)c", "abc"), ("(?-x:a b)", "a b"),
    ("(?i:a)b", "AB"), ("(?i:a)b", "Ab"), ("(?i)a(?-i:b)", "AB"), ("(?i)a(?-i:b)", "Ab"),
    ("a(?=b)", "ab"), ("a(?!b)", "ab"), ("a(?!b)", "ac"), ("(?<=a)b", "ab"), ("(?<!a)b", "ab"),
    ("(?<=ab|cd)x", "cdx"), ("(?<=(a))b", "ab"), ("(?=(a))a", "a"), ("(?!(a))b", "b"), ("(?<=\\b)a", "a"),
    ("(?>a+)b", "aab"), ("(?>a+)a", "aaa"), ("(?>a|ab)c", "abc"), ("a*+a", "aaa"), ("a++b", "aab"),
    ("a?+a", "a"), ("a{1,3}+a", "aaaa"), ("(?:ab)++c", "ababc"), ("(?:ab|a)++b", "abab"), ("(a)++", "aa"),
    ("(a)?(?(1)b|c)", "ab"), ("(a)?(?(1)b|c)", "c"), ("(?P<q>')?x(?(q)')", "'x'"), ("(?P<q>')?x(?(q)')", "x'"),
    ("(a)(?(1)b)", "ab"), ("(?:(a)|b)(?(1)c|d)", "bd"),
    ("[a-c]+", "abcd"), ("[^a-c]+", "defa"), ("[]a]+", "]a]"), ("[^]a]+", "bcd]"), ("[a-]+", "a-a"),
    ("[-a]+", "-a"), ("[\\]]", "]"), ("[\\-]", "-"), ("[a\\-z]+", "-az"), ("[\\d]+", "12a"), ("[\\w.]+", "a.b c"),
    ("[\\x41-\\x43]+", "ABCD"), ("[\\101]", "A"), ("\\0", "\0"), ("\\07", "\7"), ("\\101", "A"), ("\\x41", "A"),
    ("\\u0041", "A"), ("\\U00000041", "A"), ("[\\b]", "\b"), ("\\t\\n\\r\\f\\v\\a", "\t\n\r\f\v\a"), ("\\.", "."),
    ("\\-", "-"), ("\\ ", " "), ("\\#", "#"), ("\\&", "&"), ("\\é", "é"), ("\\\\", "\\"),
    ("a|b|c", "c"), ("ab|ac", "ac"), ("a(b|c)*d", "abcbd"), ("(a(b(c)))", "abc"), ("(?:a(?:b(c)))", "abc"),
]
for c in cases:
    show(*c)

for p, s in [("a|ab", "ab"), ("a*", "aaa"), ("a*?", "aaa"), ("(a|ab)*", "abab"), (".*?x", "abx"), ("", ""), ("a?", "")]:
    show(p, s, how="fullmatch")
    show(p, s, how="match")

print(re.match("(a)(b)?", "a").groups("z"), re.match("(a)(b)?", "a").groupdict(1))
print(re.search("(?P<first>a)(?P<second>b)?", "xa").groupdict("-"))
print(re.match(r"(\w+)@(\w+)\.com", "me@host.com").expand(r"\2 at \1 \g<0> \g<2>"))
print(repr(re.match("a", "a").expand("\\n\\t\\\\\\&")))
for t in ["\\x", "\\g", "\\g<", "\\g<1", "\\g<>", "\\g<x>", "\\g<1x>", "\\g<-1>", "\\g<2>", "\\2", "\\12", "\\777", "\\"]:
    try:
        print(repr(t), repr(re.match("(a)", "a").expand(t)))
    except (re.error, IndexError) as e:
        print(repr(t), type(e).__name__, e)
