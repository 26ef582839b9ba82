# ranges past 2**63, slicing ranges, membership, equality and hashing
big = range(10 ** 20, 10 ** 20 + 30, 7)
print(big, len(big), big[0], big[-1], big[1:3], list(big), 10 ** 20 + 7 in big, 10 ** 20 + 8 in big)
print(big.index(10 ** 20 + 14), big.count(10 ** 20), list(big.__reversed__())[:2])
huge = range(-2 ** 70, 2 ** 70)
print(huge[0], huge[-1], huge[2 ** 69], 0 in huge, huge[:3], huge[::2 ** 68])


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: len(huge))
attempt(lambda: huge[2 ** 80])
r = range(0, 20, 3)
print(r[::2], r[1:-1], r[::-1], r[5:1:-2], r[100:], list(r[-2:]))
print(range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2), range(1, 2, 5) == range(1, 3, 10), range(3) == [0, 1, 2])
print(hash(range(0, 3, 2)) == hash(range(0, 4, 2)), hash(range(1, 2, 5)) == hash(range(1, 3, 10)), hash(range(5)) == hash(range(0, 5)))
print(r.start, r.stop, r.step, range(4).step, bool(range(0)), bool(range(-1, 1)))
print(2.0 in range(3), 3 in range(3), True in range(2), range(3).index(True), range(3).count(1.0))
attempt(lambda: range(3).index(5))
attempt(lambda: range(3).index("a"))
attempt(lambda: range(1, 2, 0))
attempt(lambda: range(1.0))
attempt(lambda: range())
attempt(lambda: range(1, 2, 3, 4))
attempt(lambda: range(3)[3])
attempt(lambda: range(3)["1"])
attempt(lambda: range(3) < range(4))
print(list(range(-5, 5, -1)), list(range(5, -5, -3)), list(range(1, 10, 4).__reversed__()))
print(range(2, 9).__reduce__(), range(7)[Ellipsis.__class__ is type(...) and 2])
