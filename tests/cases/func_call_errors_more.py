def one(a):
    pass


def two_missing(a, b, c):
    pass


def kw_two(*, x, y):
    pass


def defaults(a, b=1, *, c=2):
    pass


not_callable = [None, "str", [1]]
tests = [
    lambda: two_missing(),
    lambda: two_missing(1),
    lambda: kw_two(),
    lambda: one(1, 2),
    lambda: defaults(1, 2, 3),
    lambda: defaults(),
    lambda: one(*(1, 2, 3)),
    lambda: one(b=1),
    lambda: one(1, a=1),
    lambda: defaults(1, c=1, d=2),
    lambda: not_callable[0](),
    lambda: not_callable[1](),
    lambda: not_callable[2](),
    lambda: one(**[]),
    lambda: one(*5),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__ + ":", e)
