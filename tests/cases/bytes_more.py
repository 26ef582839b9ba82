data = b"key=value; other=thing"
print(data.split(b"; "), data.partition(b"="), data.index(b"v"), data.rfind(b"t"))
print(data.upper().lower() == data, data.title(), data.startswith((b"x", b"key")))
print(bytes([0x41, 0x42]) + b"C", b"abc" * 2, b"a" in b"abc", list(b"\x01\x02"))
print(b"%s=%d" % (b"n", 5), b"hex: %x" % 255, b"{}".decode() + "x")
print(b"  ws  ".strip(), b"xxhixx".strip(b"x"), b"a-b-c".replace(b"-", b"+"), b"abc".zfill(5))
print(bytes.fromhex("de ad be ef"), b"\xde\xad".hex(), b"abc".count(b"c"), b"12".isdigit())
ba = bytearray(b"hello")
ba[0:1] = b"J"
ba += b"!"
ba.reverse()
print(ba, ba.decode(), len(ba), ba.find(b"l"), bytearray(b"x") * 3)
del ba[0]
print(ba, bytes(ba[::2]))
print(repr(bytes(range(0x7c, 0x82))), [b for b in b"az"])
