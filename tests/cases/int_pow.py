print(2**10, 2**0, 0**0, (-2)**3, (-2)**4)
print(2**-1, 2**-2, 10**-3, (-2)**-3)
print(type(2**-1).__name__, type(2**3).__name__)
print(pow(2, 10), pow(2, -1), pow(-8, 1 / 3).__class__.__name__)
print(pow(3, 4, 5), pow(2, 100, 1000), pow(-3, 3, 7), pow(3, -1, 7))
print(pow(7, 0, 13), pow(123456789, 987654321, 1000000007))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
x = 3
x **= 3
print(x)
print(-2**2, (-2)**2, 2**3**2)
