# Arbitrary-precision integers.
a = 2**100
print(a)
print(a * a)
print(-a)
print(a - 1, a + 1)
print(2**64 - 1, 2**63, -(2**63))
f = 1
for i in range(1, 41):
    f *= i
print("40! =", f)
print(f // 3**10, f % 1000003)
print(len(str(2**1000)))
print(str(7**77)[:20], str(7**77)[-20:])
print(10**30 // 7, 10**30 % 7)
print(-(10**30) // 7, -(10**30) % 7)
print((2**100).bit_length(), (-(2**100)).bit_length())
print(2**100 == 1267650600228229401496703205376)
print(2**100 > 2**99, 2**100 < -(2**101))
print(hash(2**100) == hash(2**100), hash(12345))
print(int("123456789012345678901234567890") + 1)
print(abs(-(3**50)))
big = 12345678901234567890123456789
print(big * 0, big * 1 == big, big - big)
print(divmod(big, 10**10))
print(pow(3, 200))
