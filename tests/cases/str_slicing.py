s = "Hello, World!"
print(s[0], s[-1], s[7], s[-6], s[0:5], s[7:], s[:-1], s[-6:-1])
print(s[::2], s[::-1], s[1::3], s[-1:-8:-2], s[100:], s[5:2], s[:100])
print(s[2:10:3], s[::-3], s[len(s):], repr(s[3:3]))
print(len(s), len(""), len("ü€😀"), "ü€😀"[2], "😀"[::-1] == "😀")
print("ab" * 3, 3 * "ab", "x" * 0, "x" * -2, "-" * 20)
print("abc" + "def", "a" < "b", "abc" < "abd", "Z" < "a", "" < "a", "abc" == "abc")
print(ord("A"), chr(97), ord("€"), chr(8364), [c for c in "hi!"])
try:
    s[20]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "h"
except TypeError as e:
    print("TypeError:", e)
try:
    s["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
