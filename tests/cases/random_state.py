# getstate/setstate, subclasses, SystemRandom and _random.Random itself.
import random
import _random

r = random.Random(7)
state = r.getstate()
print(type(state).__name__, len(state), state[0], len(state[1]), state[1][-1], state[2], state[1][:3])
first = [r.random() for _ in range(3)]
r.setstate(state)
print(first == [r.random() for _ in range(3)])
r.gauss()
state = r.getstate()
print(state[2])
g = r.gauss()
r.setstate(state)
print(g == r.gauss())
# a version-2 state holds signed words
r.setstate((2, tuple(w - 2**32 if w > 2**31 else w for w in state[1][:-1]) + (state[1][-1],), None))
print(r.random())
r2 = random.Random()
r2.setstate(random.Random(99).getstate())
print(r2.random() == random.Random(99).random())
print(random.Random(1).__reduce__()[0] is random.Random, len(random.Random(1).__reduce__()[2]))

print(random.Random.__mro__)
print(random.SystemRandom.__mro__)
print(random.Random.VERSION, random.BPF, random.RECIP_BPF, random.TWOPI, random.LOG4, random.SG_MAGICCONST,
      random.NV_MAGICCONST)
print(sorted(random.__all__))


class Fixed(random.Random):
    """Only random(): integers come from random() alone."""

    def random(self):
        return 0.3


f = Fixed()
print(f.randrange(100), f.choice('abcdef'), f.randint(1, 10), f._randbelow.__name__)


class Bits(random.Random):
    def getrandbits(self, k):
        return 1


class Child(Bits):
    def random(self):
        return 0.5


print(Bits()._randbelow.__name__, Child()._randbelow.__name__, Bits().randrange(10), Child().choice('xyz'))


class Seeded(random.Random):
    def __init__(self, x, extra):
        super().__init__(x)
        self.extra = extra


s = Seeded(3, 'e')
print(s.extra, s.random() == random.Random(3).random(), isinstance(s, _random.Random))

sr = random.SystemRandom()
x = sr.random()
print(0.0 <= x < 1.0, sr.getrandbits(0), sr.getrandbits(20) < 2**20, len(sr.randbytes(5)), sr.seed(3))
print(0 <= sr.randrange(10) < 10, sr.choice([4]), sorted(sr.sample(range(5), 5)))
for call in (sr.getstate, lambda: sr.setstate(1), lambda: sr.getrandbits(-1)):
    try:
        call()
    except (NotImplementedError, ValueError) as e:
        print(type(e).__name__, e)

# The native core.
R = _random.Random
print(R, R.__module__, R.__name__, R.__qualname__)
n = R(5)
print(n.random(), n.getrandbits(70), n.getrandbits(32), n.getrandbits(5))
n.seed(2**64 + 3)
print(n.random())
n.seed(1.5)
print(n.random())
n.seed(-1.5)
print(n.random())
n.seed()
n.setstate((0,) * 624 + (624,))
print(n.random(), n.getstate()[-1])
t = R.__new__(R)
t.seed(0)
print(t.random())


class Sub(R):
    pass


print(Sub(0).random(), Sub().getrandbits(0))
sub = Sub(1)
sub.attribute = 'ok'
print(sub.attribute)


class Counting(random.Random):
    calls = 0

    def getrandbits(self, k):
        Counting.calls += 1
        return super().getrandbits(k)


c, plain = Counting(5), random.Random(5)
print([c.randrange(1000) for _ in range(20)] == [plain.randrange(1000) for _ in range(20)], Counting.calls)
print([c.randrange(10**30) for _ in range(3)] == [plain.randrange(10**30) for _ in range(3)], Counting.calls)
print(c._randbelow(2**64 - 5), plain._randbelow(2**64 - 5), plain._randbelow(2**32), plain._randbelow(1))
