# random.seed(n) then every function: CPython's exact sequences (ints, floats, str/bytes seeds).
import random

seeds = list(range(0, 12)) + [2**32 - 1, 2**32, 2**64 + 5, -77, 10**40, 3.25, -0.5,
                              'hello', b'bytes', bytearray(b'ba'), '', '\u00fcn\u00efcode']
for s in seeds:
    random.seed(s)
    print(repr(s), random.random(), random.randint(1, 6), random.randrange(10**30),
          random.randrange(3, 100, 7), random.randrange(50, 0, -3))
    print(random.choice('abcdefg'), random.choices(range(100), k=5),
          random.choices('abc', [1, 5, 2], k=4), random.choices('abc', cum_weights=[1, 2, 10], k=3))
    items = list(range(20))
    random.shuffle(items)
    print(items)
    print(random.sample(range(1000), 10), random.sample(range(30), 30), random.sample('abcdefgh', 3),
          random.sample(range(10**6), 50)[:5], random.sample(['a', 'b'], 5, counts=[3, 4]))
    print(random.uniform(1, 10), random.triangular(), random.triangular(0, 10, 3), random.triangular(2, 2))
    print(random.gauss(), random.gauss(5, 2), random.gauss(), random.normalvariate(), random.normalvariate(3, 4))
    print(random.lognormvariate(0, 1), random.expovariate(1.5), random.vonmisesvariate(1, 2),
          random.vonmisesvariate(0, 1e-7))
    print(random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(3.5, 2),
          random.betavariate(2, 3), random.betavariate(0.3, 0.3))
    print(random.paretovariate(2), random.weibullvariate(1, 1.5), random.randbytes(9), random.getrandbits(100),
          random.getrandbits(32), random.getrandbits(1), random.getrandbits(0))

# The old version-1 seeding of strings.
for s in ['abc', b'abc', '']:
    random.seed(s, version=1)
    print(repr(s), random.random())

# Independent generators.
a, b = random.Random(42), random.Random(42)
print([a.random() for _ in range(3)] == [b.random() for _ in range(3)], a.randint(0, 10**6))
print(random.Random(2**100).random(), random.Random(True).random(), random.Random(-5).random())
