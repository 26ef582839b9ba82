words = ["hello world", "HELLO", "hello-world_foo bar", "it's o'neil", "123abc", "", "éclair"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), sep=" | ")
print(repr("abc".center(9)), repr("abc".center(8, "*")), repr("abc".center(2)))
print(repr("abc".ljust(6)), repr("abc".rjust(6, ".")), repr("abc".ljust(2)))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(5), "12345".zfill(3))
print("3.5".zfill(6), "".zfill(3))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
