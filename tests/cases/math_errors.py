import math

tests = [
    ("sqrt(-1)", lambda: math.sqrt(-1)),
    ("log(0)", lambda: math.log(0)),
    ("log(-1)", lambda: math.log(-1)),
    ("factorial(-1)", lambda: math.factorial(-1)),
    ("factorial(2.5)", lambda: math.factorial(2.5)),
    ("exp(1000)", lambda: math.exp(1000)),
    ("acos(2)", lambda: math.acos(2)),
    ("floor(inf)", lambda: math.floor(math.inf)),
    ("floor(nan)", lambda: math.floor(math.nan)),
    ("sqrt('x')", lambda: math.sqrt("x")),
    ("isqrt(-1)", lambda: math.isqrt(-1)),
    ("comb(3, -1)", lambda: math.comb(3, -1)),
    ("pow(0, -1)", lambda: math.pow(0, -1)),
    ("fmod(1, 0)", lambda: math.fmod(1, 0)),
]
for label, fn in tests:
    try:
        print(label, "=", fn())
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(label, "->", type(e).__name__ + ":", e)
print(math.sqrt(4.0) == 2, math.pow(2, 0.5) == math.sqrt(2), math.log(1) == 0)
