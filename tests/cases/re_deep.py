# Deep patterns and long subjects: the matcher keeps its backtracking state on the heap, so
# nothing here can overflow a stack; results must match CPython's.
import re

s = "a" * 100000
print(len(re.match("a*", s).group()), len(re.match("(?:a)*", s).group()), len(re.match("(a)*", s).group()))
print(len(re.match("(?:a|b)*", s).group()), re.match("(a|b)*c", s + "c").span(), re.match("(?:a*)*b", "a" * 20))
print(re.match(".*b", s), len(re.search("a+$", s).group()), re.fullmatch("(?:aa)+", s) is not None)
print(len(re.match("(?:a{1,3})*", s).group()), len(re.match(r"(\w)*", s).group()), len(re.match("a*?$", s).group()))
print(len(re.findall("a", s)), len(re.sub("a", "bb", s)), len(re.split("a", s)), re.match("(?:a(?=a))*", s).end())
nested = "(" * 400 + "a" + ")" * 400
m = re.match(nested, "a")
print(m.span(), len(m.groups()), m.lastindex)
print(re.match("(?:" * 300 + "a" + ")*" * 300, "aaa").span())
print(re.match("(?:" * 200 + "a|b" + ")" * 200, "b").span())
alts = "|".join("w%d" % i for i in range(2000))
print(re.search(alts, "xx w1999 w5").group(), re.search("(" + alts + ")+", "w1w2w3").group())
print(re.match(r"(\d+)(?:,(\d+))*", ",".join(map(str, range(10000)))).group(2))
print(re.match(r"((a)|b)+", "ab" * 5000).groups(), re.match(r"(?:(a)|(b))+", "ab" * 5000 + "a").groups())
print(re.search(r"(x+x+)+y", "x" * 18), re.search("(?>x+)+y", "x" * 1000))
print(re.sub(r"\s+", " ", "a \n\t b" * 1000)[:20], re.subn("", "-", "ab" * 1000)[1])
for n in (490, 495, 496, 100000):
    try:
        re.compile("(" * n + ")" * n)
        print(n, "ok")
    except RecursionError as e:
        print(n, "RecursionError:", e)
