inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), repr(nan))
print(float("INF"), float("-Infinity"), float("NaN"), float("-nan"))
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan)
print(inf + 1, inf - inf, inf * 0, inf / 1e300, 1 / inf)
print(nan > 0, nan < 0, nan == 0)
print(inf == float("inf"), -inf == float("-inf"))
print([x for x in [1.0, nan, 2.0] if x == x])
print(str(inf), f"{inf}", f"{nan:.2f}", f"{-inf:>8}", f"{inf:e}")
print(max(1.0, inf), min(-inf, 0))
print(int(1e300) > 10**299)
print(1e308 * 10 == inf, -1e308 * 10 == -inf)
print(0.0 == -0.0, repr(-0.0), repr(0.0 * -1))
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 % 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    10.0 ** 400
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    float("")
except ValueError as e:
    print("ValueError:", e)
