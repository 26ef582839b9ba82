a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
print(bin(a & b), bin(a | b), bin(a ^ b), bin(~a))
print(-1 >> 10, -16 >> 2, -1 << 4, 1 << 100)
print((1 << 100) >> 99, (1 << 100) & ((1 << 100) - 1))
print(-12 & 0xFF, -12 | 3, -12 ^ 5, ~-1, ~0)
print(0xFF, 0o777, 0b1111_0000, 1_000_000)
print((255).bit_length(), (256).bit_length(), (0).bit_length(), (-255).bit_length())
print((255).bit_count(), (-255).bit_count())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), int.from_bytes(b"\x01\x00", "big"))
print(int.from_bytes(b"\xff\xff", "big", signed=True))
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1.5 & 1
except TypeError as e:
    print("TypeError:", e)
x = 5
x <<= 2
x |= 1
x ^= 0b100
x &= 0b11111
x >>= 1
print(x)
