r = range(10)
print(r, range(2, 8), range(0, 10, 3), range(5, 0, -1), range(0))
print(len(r), len(range(2, 8)), len(range(0, 10, 3)), len(range(5, 0, -1)), len(range(5, 5)), len(range(0, -5)))
print(list(range(0, 10, 3)), list(range(5, 0, -1)), list(range(-3, 3)), list(range(10, 0, -3)))
print(r[3], r[-1], r[2:5], r[::2], r[::-1], range(0, 20, 2)[3:], range(0, 20, 2)[-2])
print(5 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 3.0 in r)
print(range(0, 10, 3).index(6), range(10).count(3), r.start, r.stop, r.step)
print(range(3) == range(0, 3), range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2))
print(sum(range(101)), max(range(5)), list(reversed(range(4))), range(10**20)[-1], len(range(10**10)))
print(bool(range(0)), bool(range(1)), type(r).__name__, hash(range(3)) == hash(range(0, 3)))
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range(10).index(20)
except ValueError as e:
    print("ValueError:", e)
