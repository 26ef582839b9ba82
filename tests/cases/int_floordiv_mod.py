# Floor division and modulo with every sign combination.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, 5), (1, 7), (-1, 7)]
for a, b in pairs:
    print(f"{a:>3} // {b:>2} = {a // b:>3}   {a:>3} % {b:>2} = {a % b:>3}   divmod = {divmod(a, b)}")
print(7 / 2, -7 / 2, 6 / 3, type(6 / 3).__name__)
print(2**70 // -3, 2**70 % -3)
print(divmod(-(2**70), 3))
for exc_expr in ("1 // 0", "1 % 0", "divmod(1, 0)", "1 / 0"):
    try:
        eval(exc_expr)
    except ZeroDivisionError as e:
        print(exc_expr, "->", type(e).__name__ + ":", e)
