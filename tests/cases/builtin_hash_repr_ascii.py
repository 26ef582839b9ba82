print(hash(0), hash(1), hash(-1), hash(-2), hash(123456789), hash(2**61 - 1), hash(2**61), hash(2**64))
print(hash(True), hash(False), hash(1.0), hash(1.5), hash(-0.5), hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
print(hash(float("inf")), hash(-float("inf")), hash(10**100) == hash(10**100 % (2**61 - 1)))
print(repr(1), repr("a'b"), repr([1, "x"]), repr((1,)), repr({"k": [1, 2]}), repr(None), repr(1.0))
print(repr('"'), repr("'\""), repr("\\"), repr("\n"), repr("é"), repr(b"\x00"))
print(ascii("héllo"), ascii("日本"), ascii(["é"]), ascii(1), ascii("plain"), ascii("\U0001f600"))
print(format(42), format(42, "x"), format(3.14159, ".2f"), format("s", ">3"), format(True), format(None))
print(chr(65), chr(0x1F600), chr(0), ord("a"), ord("\n"), ord("€"), ord(chr(1000)))
print(bin(10), bin(-10), bin(0), oct(64), oct(-8), hex(255), hex(-1), hex(2**64))
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
