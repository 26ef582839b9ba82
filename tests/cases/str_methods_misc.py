s = "Hello"
print(s.encode(), "é".encode(), "é".encode("utf-8"), "abc".encode("ascii"))
print(str(b"bytes"), b"caf\xc3\xa9".decode(), b"abc".decode("ascii"))
print("{} and {}".format("a", "b"), "x".join(reversed("abc")))
print(sorted("hello"), list("abc"), tuple("ab"), set("aaa") == {"a"})
print(min("hello"), max("hello"), "hello".index("l"), sum(map(ord, "abc")))
print("abc".translate({ord("a"): "A", ord("b"): None}), "hello".maketrans("el", "ip") == {101: 105, 108: 112})
print("hello".translate(str.maketrans("el", "ip")), str.maketrans({"a": "1"}))
print("%s" % "x", "a".__len__(), "abc".__contains__("b"), "ab".__add__("c"), "ab".__mul__(2))
print(type("") is str, str.upper("x"), str.__name__, isinstance("s", str))
print("".join(c.upper() if i % 2 else c for i, c in enumerate("alternating")))
print(" ".join(w[::-1] for w in "reverse each word".split()))
try:
    "abc".encode("ascii") + "d"
except TypeError as e:
    print("TypeError:", e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
