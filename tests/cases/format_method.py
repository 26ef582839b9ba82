print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Eve", age=25))
print("{0[0]} {0[1]} {1[key]}".format(["x", "y"], {"key": "v"}))


class Obj:
    attr = "attribute"
    nested = [10, 20]


print("{0.attr} {0.nested[1]} {o.attr}".format(Obj, o=Obj))
print("{{}} {{{0}}} {{x}}".format(5))
print("{:>8}|{:<8}|{:^8}|{:*^9}".format("r", "l", "c", "s"))
print("{:.3f} {:,} {:08.2f} {:+d} {:x} {:#b}".format(2 / 3, 1234567, -3.14159, 5, 255, 5))
print("{0:{1}} | {0:>{w}.{p}f}".format(3.14159, 10, w=9, p=2))
print("{!r} {!s} {!a}".format("x", "y", "ü"))
print("{} {}".format(*[1, 2]), "{a}-{b}".format(**{"a": 1, "b": 2}))
print(format(3.5, "08.3f"), format("x", "^5"), format(10, "b"), format([1], ""))
print("{:%}".format(0.25), "{:e}".format(12345.678), "{:g}".format(0.00001234))
print("{0!r:>10}".format("hi"), "{:,.2f}".format(1e6))
print("{:c}{:c}".format(72, 105))
for fmt, args in [("{} {}", (1,)), ("{0} {}", (1, 2)), ("{x}", ()), ("{:d}", ("s",)), ("{", ()), ("{0[5]}", ([1],))]:
    try:
        print(fmt.format(*args))
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__ + ":", e)
