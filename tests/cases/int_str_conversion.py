print(str(12345678901234567890), repr(-10**25), int(str(10**50)) == 10**50)
print(int("1" * 100) % 97, len(str(3**2000)))
print(int("  0b1010  ", 0), int("0o17", 0), int("0X1f", 0), int("-0x10", 16), int("+0b11", 2))
try:
    int("010", 0)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 5000)
except ValueError as e:
    print("ValueError:", e)
try:
    str(10**5000)
except ValueError as e:
    print("ValueError:", e)
print(f"{2**200:,}"[:20], f"{-2**70:x}", f"{2**70:e}")
print(int(b"42"), int(bytearray(b"-7")), int("٣"), float("١.٥"))
print((2**100).to_bytes(13, "big").hex(), int.from_bytes(bytes.fromhex("ff" * 9), "little"))
