z = 3 + 4j
print(z, repr(z), z.real, z.imag, abs(z), z.conjugate())
print(1j, -1j, 1j * 1j, (1 + 2j) * (3 - 1j), (1 + 2j) / (1 - 1j))
print(complex(1, 2), complex("3+4j"), complex(2), complex(), complex(0, -0.0))
print((1 + 2j) + 1, (1 + 2j) - 2.5, 2 * (1 + 1j), (1 + 1j) ** 2)
print(0j, 1 + 0j, -0j, complex(-1, 0), 1e20j, 1.5j)
print(z == 3 + 4j, z != 3, (1 + 0j) == 1, type(z).__name__)
print(f"{z}", f"{z:.2f}", str(complex(1.5, -2.25)))
print(hash(1 + 0j) == hash(1), complex(1, 2).__class__.__name__)
try:
    (1 + 2j) < (2 + 3j)
except TypeError as e:
    print("TypeError:", e)
try:
    1j // 2
except TypeError as e:
    print("TypeError:", e)
try:
    (1 + 1j) / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    complex("1+")
except ValueError as e:
    print("ValueError:", e)
