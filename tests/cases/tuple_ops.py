# tuple operators, hashing, comparisons, index/count and errors
t = (1, 2, 3)
print(t + (4,), t * 2, 2 * t, t * 0, t[::-1], t[1:], t[-1], t.index(2), t.count(3))
print(hash(()), hash((1,)), hash((1, 2)), hash((-1, -2)), hash(((1, 2), (3, 4))), hash((1, 2.5, None is None)))
print((1, 2) < (1, 2, 3), (2,) > (1, 9), (1, 2) == (1, 2), (1, 2) != (1, 3), () < (0,), (1, [2]) == (1, [2]))
print(t.index(3, 1), t.index(1, -3, 3), (1, 2, 1, 2).index(2, 2))


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: t.index(4))
attempt(lambda: t.index(1, 1))
attempt(lambda: t[3])
attempt(lambda: t[None])
attempt(lambda: t + [4])
attempt(lambda: t * 2.0)
attempt(lambda: hash((1, [2])))
attempt(lambda: (1, 2) < (1, None))
attempt(lambda: t.count())
attempt(lambda: t.index())
attempt(lambda: tuple(1, 2))
print((1,) * 3, ((),) * 2, (None,), len(((),)), tuple(range(4)), tuple([]), (0,) == (0.0,))
d = {(1, 2): "a", (): "b"}
print(d[(1, 2)], d[()], (1, 2) in d)
