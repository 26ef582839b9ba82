b = b"hello world"
print(b, repr(b), len(b), b[0], b[-1], b[0:5], b[::-1], type(b[0]).__name__)
print(b.upper(), b.split(), b.replace(b"o", b"0"), b.find(b"wor"), b.count(b"l"))
print(b.startswith(b"he"), b"lo" in b, 104 in b, b + b"!", b * 2)
print(bytes(3), bytes([65, 66, 67]), bytes("é", "utf-8"), bytes(range(5)))
print(b"\x00\xff\n\t'\"", b"a'b", b'a"b', b"\\")
print(b.decode(), b.hex(), bytes.fromhex("414243"), list(b"abc"))
print(b"abc" == b"abc", b"abc" < b"abd", b"a" == "a", b"".join([b"x", b"y"]))
print(b" pad ".strip(), b"a,b".split(b","), b"x".center(5, b"-"), b"%d-%s" % (1, b"z"))
ba = bytearray(b"abc")
ba.append(100)
ba[0] = 65
ba.extend(b"ef")
print(ba, len(ba), bytes(ba), ba.pop(), ba)
print(bytearray(2), bytearray([1, 2]) + b"\x03")
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
try:
    bytes("x")
except TypeError as e:
    print("TypeError:", e)
