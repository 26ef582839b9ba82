z = complex(1.5, -2)
print(z, z * z, z / 2, z ** 2, z ** 0.5, abs(complex(5, 12)), -z, +z)
print(complex("1j"), complex("-2.5-3j"), complex(" 4 "), complex("inf+nanj"), complex(1, float("inf")))
print((1 + 2j).real.is_integer(), (1j).imag, (2 + 0j) == 2.0, (0.5 + 0j) == 0.5)
print(f"{3 + 4j:>12}", f"{1 - 1j:.1f}", format(2j, "g"), f"{complex(1, 2)!r}")
print(sum([1j, 2, 3.5]), [x * 1j for x in range(3)], pow(1j, 2), 1j ** 0)
print(complex(True, False), complex(2**53, 1), hash(complex(0, 0)) == 0)
try:
    complex("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    int(1j)
except TypeError as e:
    print("TypeError:", e)
try:
    abs("1j")
except TypeError as e:
    print("TypeError:", e)
