# Indexing and slicing of str, ASCII and not, including steps and clamping.
for s in ("abcdefgh", "αβγδεζηθ", "a😀b😀c"):
    n = len(s)
    print(n, s[0], s[-1], s[n - 1], s[2:5], s[-3:], s[:-3], s[::2], s[::-1], s[1::3], s[-2::-2], s[5:1:-1])
    print(repr(s[3:3]), repr(s[10:]), s[-100:100], s[:100:3], repr(s[100:-100:-1]), s[None:None:None], s[True:])
    print([s[i] for i in range(-n, n)] == list(s) * 2, s[::-1][::-1] == s)
class Idx:
    def __index__(self):
        return 2
s = "hello"
print(s[Idx()], s[Idx():], s[:Idx()], s[::Idx()])
for key in (5, -6, "1", 1.0, None):
    try:
        print(s[key])
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    s[0] = "j"
except TypeError as e:
    print(e)
it = iter("añ😀")
print(next(it), next(it), next(it), type(it).__name__)
print(list("añ😀"), [c for c in ""], list(reversed("abc")), sorted("cba"))
