# list.sort / sorted: stability, key, reverse, errors, mutation during sort
class Lcg:
    def __init__(self, seed):
        self.state = seed

    def randrange(self, a, b=None):
        if b is None:
            a, b = 0, a
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return a + (self.state >> 33) % (b - a)

    def random(self):
        return self.randrange(2 ** 30) / 2 ** 30


rng = Lcg(5)


def every(flags):
    for f in flags:
        if not f:
            return False
    return True


data = [(rng.randrange(10), i) for i in range(300)]
by_first = sorted(data, key=lambda p: p[0])
print(every(by_first[i][0] < by_first[i + 1][0] or (by_first[i][0] == by_first[i + 1][0] and by_first[i][1] < by_first[i + 1][1]) for i in range(299)))
rev = sorted(data, key=lambda p: p[0], reverse=True)
print(every(rev[i][0] > rev[i + 1][0] or (rev[i][0] == rev[i + 1][0] and rev[i][1] < rev[i + 1][1]) for i in range(299)))
nums = [rng.randrange(-1000, 1000) for _ in range(1000)]
s = sorted(nums)
print(s[:5], s[-5:], s == sorted(nums, reverse=True)[::-1])
floats = [rng.random() * 100 - 50 for _ in range(500)]
fs = sorted(floats)
print(every(fs[i] <= fs[i + 1] for i in range(499)))
mixed = [3, 1.5, True, -2, 0.25, 10]
print(sorted(mixed), sorted(mixed, reverse=True))
print(sorted([[3, 1], [1, 2], [1, 1]]), sorted([(2, 1), (1, 2), (1, 1)]))
words = ["30", "4", "100", "2"]
print(sorted(words) == ["100", "2", "30", "4"], sorted(words, key=len) == ["4", "2", "30", "100"])
a = [5, 3, 1]
r = a.sort(key=None, reverse=False)
print(r, a)
a.sort(reverse=1)
print(a)


class Noisy:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Noisy.calls += 1
        return self.v < other.v

    def __repr__(self):
        return "N(%d)" % self.v


items = [Noisy(v) for v in (5, 2, 8, 1, 9, 3)]
items.sort()
print(items, Noisy.calls)
Noisy.calls = 0
print(sorted([Noisy(v) for v in range(20)]), Noisy.calls)
Noisy.calls = 0
print(sorted([Noisy(v) for v in range(20, 0, -1)])[:3], Noisy.calls)


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: sorted([1, None, 2]))
attempt(lambda: sorted([3, 2, 1], key=lambda v: [] if v == 2 else 0))
attempt(lambda: [1, 2].sort(1))
attempt(lambda: [1, 2].sort(cmp=None))
attempt(lambda: sorted())
attempt(lambda: sorted([], []))
attempt(lambda: sorted(5))


class Bad:
    def __lt__(self, other):
        raise RuntimeError("no order")


b = [Bad(), Bad()]
attempt(lambda: b.sort())
print(len(b))
victim = [3, 1, 2]


def key(v):
    print("during sort:", victim)
    return v


victim.sort(key=key)
print(victim)
victim2 = [3, 1, 2]


def meddle(v):
    victim2.append(v)
    return v


attempt(lambda: victim2.sort(key=meddle))
print(victim2)
