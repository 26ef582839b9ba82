# random's error messages.
import random
import _random

r = random.Random(1)
tests = [
    lambda: r.randrange(0), lambda: r.randrange(-5), lambda: r.randrange(5, 5), lambda: r.randrange(5, 2),
    lambda: r.randrange(0, 10, 0), lambda: r.randrange(0, 10, -1), lambda: r.randrange('a'),
    lambda: r.randrange(0, 10, 'a'), lambda: r.randrange(0, 'a'), lambda: r.randrange(5, step=2),
    lambda: r.randrange(None), lambda: r.randint(1, 0), lambda: r.choice([]), lambda: r.choice(''), lambda: r.choice({}),
    lambda: r.choice({1: 2}), lambda: r.sample([1, 2], 3), lambda: r.sample({1, 2}, 1), lambda: r.sample({1: 2}, 1),
    lambda: r.sample([1, 2], -1), lambda: r.sample(range(5), 2, counts=[1, 1]),
    lambda: r.sample([1, 2], 1, counts=[0, 0]), lambda: r.sample([1, 2], 1, counts=[-1, 3]),
    lambda: r.sample([1, 2], 1, counts=[1.5, 3]), lambda: r.sample([1, 2]), lambda: r.sample([1, 2], 1, 2),
    lambda: r.choices([]), lambda: r.choices([1, 2], [1]), lambda: r.choices([1, 2], [0, 0]),
    lambda: r.choices([1, 2], [1, 2], cum_weights=[1, 2]), lambda: r.choices([1, 2], cum_weights=[1, float('inf')]),
    lambda: r.choices([1, 2], [1, float('nan')]), lambda: r.choices([1, 2], k=-1), lambda: r.choices([1, 2], k=2.5),
    lambda: r.choices([1, 2], 3), lambda: r.choices([1, 2], [1, 2, 3]), lambda: r.choices([1, 2], cum_weights=[1]),
    lambda: r.choices([1, 2], ['a', 'b']), lambda: r.shuffle((1, 2)), lambda: r.shuffle(5),
    lambda: r.gammavariate(0, 1), lambda: r.gammavariate(1, -1), lambda: r.betavariate(0, 1), lambda: r.expovariate(),
    lambda: r.expovariate(0), lambda: r.seed([1, 2]), lambda: r.seed((1, 2)), lambda: r.seed(1, 2, 3),
    lambda: r.randbytes(-1), lambda: r.randbytes(2.0), lambda: r.getrandbits(-1), lambda: r.getrandbits(1.5),
    lambda: r.getrandbits(), lambda: r.getrandbits(2**40), lambda: r.setstate((1, 2, 3)),
    lambda: r.setstate((1, (1,) * 625, None)), lambda: r.setstate((3, (1,) * 5, None)), lambda: r.setstate((3, 1, None)),
    lambda: r.setstate((3, (1,) * 625)), lambda: random.Random(1, 2), lambda: r.uniform(1), lambda: r.randint(1),
    lambda: r.lognormvariate(0, -1) > 0, lambda: r.paretovariate(0), lambda: r.weibullvariate(1, 0),
    lambda: r.triangular(1, 1, 1), lambda: r.vonmisesvariate(0, -1) >= 0,
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)

n = _random.Random()
tests = [
    lambda: _random.Random(1, 2), lambda: _random.Random(x=1), lambda: n.seed(1, 2), lambda: n.seed(x=1),
    lambda: n.seed([1]), lambda: n.setstate(1), lambda: n.setstate((1,)), lambda: n.setstate((0,) * 624 + (625,)),
    lambda: n.setstate((0,) * 624 + (-1,)), lambda: n.setstate((-1,) * 625), lambda: n.setstate((2**64,) * 625),
    lambda: n.setstate(('a',) * 625), lambda: n.random(1), lambda: n.getstate(1), lambda: n.getrandbits(),
    lambda: n.getrandbits(1, 2), lambda: _random.Random.random(5), lambda: _random.Random.__init__(n, 1, 2),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)


class T(_random.Random):
    pass


for t in (lambda: T(x=1), lambda: T(1, 2)):
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
