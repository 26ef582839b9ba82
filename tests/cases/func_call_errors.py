def f(a, b, c=3):
    pass


def g(*, key):
    pass


def h(x, /, y):
    pass


def k(a, b, *, c, d):
    pass


class C:
    def method(self, x):
        pass


calls = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, d=5),
    lambda: f(1, 2, a=1),
    lambda: g(),
    lambda: g(1),
    lambda: g(key=1, other=2),
    lambda: h(x=1, y=2),
    lambda: k(1, 2),
    lambda: k(1, 2, c=3),
    lambda: k(1),
    lambda: C().method(),
    lambda: C().method(1, 2),
    lambda: C.method(),
    lambda: (lambda: 0)(1),
    lambda: f(1, 2, 3, 4, 5),
    lambda: f(*[1], **{"b": 2, "q": 1}),
    lambda: f(1, **{"a": 2}),
    lambda: len(),
    lambda: len(1, 2),
    lambda: "x".upper(1),
    lambda: int(x=1),
    lambda: f(**{1: 2}),
]
for i, call in enumerate(calls):
    try:
        call()
        print(i, "no error")
    except TypeError as e:
        print(i, e)
