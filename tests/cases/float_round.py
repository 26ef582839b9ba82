# round() uses banker's rounding on exact halves and the true binary value otherwise.
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999999, 2.675, 1.005]:
    print(x, round(x), round(x, 2), type(round(x)).__name__)
print(round(3.14159, 3), round(3.14159, 0), round(1234.5678, -2), round(1250, -2), round(1350, -2))
print(round(5), round(-7, 1), round(15, -1), round(25, -1), type(round(5, 2)).__name__)
print(round(1e300, 2), round(-0.0), round(0.5 + 1e-9))
print(round(2.5, None), round(123.456, -1), round(123.456, 1))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    round("1.5")
except TypeError as e:
    print("TypeError:", e)
