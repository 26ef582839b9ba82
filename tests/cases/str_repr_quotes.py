# repr() of str: quote choice, escapes, printable and unprintable non-ASCII.
samples = ["", "plain", "it's", 'say "hi"', "both ' and \"", "tab\tnew\nret\r", "back\\slash",
           "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xad", "caf\u00e9", "\u0394\u03b4", "\u200b\u200e\u2028",
           "\ud7ff\ue000\uffff", "\U0001f600", "\U000e0001", "\U0010ffff", "\u0378", "\u3000x"]
for s in samples:
    print(repr(s), ascii(s), len(s))
    print(s.__repr__() == repr(s), str(s) == s, s.isprintable())
class S(str):
    pass
x = S("it's")
print(repr(x), type(str(x)).__name__, type(x.__str__()).__name__, x == "it's", len(x))
print("%r|%a|%s" % ("é'", "é'", "é'"))
print("{!r:>10}|{!a}|{!s:*<6}".format("ab", "\u20ac", "x"))
e = '\u00e9'
print(f"{'q'!r} {e!a}")
