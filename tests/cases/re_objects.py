# Pattern and Match objects: attributes, reprs, equality, pos/endpos, group access and errors.
import re

p = re.compile(r"(?P<first>\w+) (?P<last>\w+)(x)?", re.I)
print(p.pattern, p.flags, p.groups, p.groupindex, type(p.groupindex).__name__, dict(p.groupindex))
print(repr(p), type(p), type(p).__name__, type(p).__module__, re.Pattern is type(p), re.Match)
print(p == re.compile(r"(?P<first>\w+) (?P<last>\w+)(x)?", re.I), p == re.compile("a"), p != re.compile("a"), p == 1)
print(hash(p) == hash(re.compile(r"(?P<first>\w+) (?P<last>\w+)(x)?", re.I)), re.compile("a") == re.compile(b"a"))
m = p.search("  Jane Doe  ")
print(m, bool(m), m.re is p, m.string, m.pos, m.endpos, m.lastindex, m.lastgroup, m.regs)
print(m.group(), m.group(0), m.group(1), m.group("last"), m.group(1, "last", 0), m[1], m["first"], m[3])
print(m.groups(), m.groups("-"), m.groups(default=0), m.groupdict(), m.groupdict("?"))
print(m.start(), m.end(), m.span(), m.start(1), m.end("last"), m.span(2), m.start(3), m.end(3), m.span(3))
print(m.group(True), m.span(False))
for bad in [4, -1, "nope", 1.0, None, (1,)]:
    for f in (m.group, m.start, m.end, m.span, m.__getitem__):
        try:
            f(bad)
        except IndexError as e:
            print(f.__name__, repr(bad), "IndexError:", e)
        except TypeError as e:
            print(f.__name__, repr(bad), "TypeError:", e)
try:
    m.group(1, 9)
except IndexError as e:
    print("IndexError:", e)
for call in [lambda: p.match(), lambda: p.match("a", 1, 2, 3), lambda: p.match("a", x=1), lambda: p.match("a", "1"),
             lambda: p.sub("x"), lambda: p.split(), lambda: m.groups(1, 2), lambda: m.start(1, 2), lambda: m.expand(),
             lambda: re.Pattern(), lambda: re.Match(), lambda: p.search(string="ab cd"), lambda: p.findall("a b", pos=1, endpos=3)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)

q = re.compile("a")
for args in [("aaa", 1), ("aaa", 1, 2), ("aaa", -5), ("aaa", 0, 99), ("aaa", 2, 1), ("baa", 0, 1), ("aaa", 3), ("aaa", 5, 9)]:
    m = q.search(*args)
    print(args, m, m and (m.pos, m.endpos))
print(q.match("ba", 1), q.fullmatch("ab", 0, 1), re.compile("a$").search("ab", 0, 1), re.compile("^a").search("ba", 1))
print(re.compile(r"\bb").search("ab", 1), re.compile("(?<=a)b").search("ab", 1), re.compile("$").search("a\n", 0, 1))
print(re.compile("").search("abc", 3, 1), re.compile("").search("abc", 5), re.compile("").match("abc", 5).span())
m = re.match("(a)(b)?", "ac")
print(m.lastindex, m.regs, m.span(2), m.group(2), m.groups())
m = re.match("(?P<x>a)|(?P<y>b)", "b")
print(m.lastindex, m.lastgroup, m.groupdict())
m = re.match("(?P<x>(?P<y>a))", "a")
print(m.lastindex, m.lastgroup)
print(re.match("a", "a").lastindex, re.match("(a)|b", "b").lastgroup, re.match("(?:(a)|b)+", "ab").lastindex)
print(repr(re.match(".*", "x" * 100)), re.match(".*", "it's"), re.match(b".*", b"\x00\xff"), re.match("", ""))
m = re.match("a", "a")
print(m.__copy__() is m, m.__deepcopy__({}) is m, p.__copy__() is p, p.__deepcopy__({}) is p)
for call in [lambda: m.start(group=0), lambda: m.span(1, 2, 3), lambda: m.end(x=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
