# Iteration order of int sets must follow CPython's setobject.c table: linear probing, growth at 60%
# fill, dummy slots reused by later insertions, and the copy/merge paths of the set operations.
seed = 12345


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n


def make(k, spread):
    s = set()
    for _ in range(k):
        s.add(rnd(spread) - spread // 4)
    return s


for trial in range(25):
    a = make(rnd(40), 1 + rnd(300))
    b = make(rnd(40), 1 + rnd(300))
    print(a)
    print(a | b, a & b, a - b, a ^ b)
    print(b | a, b & a, b - a, b ^ a)
    print(a.union(b, {7, 99, -5}), a.intersection(b, a), a.difference(b, {1, 2, 3}))
    c = set(a)
    for _ in range(rnd(len(a) + 1)):
        c.discard(rnd(300) - 75)
    print(c)
    c |= b
    print(c)
    c &= a
    print(c)
    c -= {1, 2, 3, 4, 5, 6, 7, 8, 9}
    print(c)
    c ^= b
    print(c)
    if c:
        print(c.pop(), c.pop() if c else None, c)
    e = a.copy()
    e.update(b, c)
    print(e)
    e.difference_update(a)
    print(e)
    e.intersection_update(b)
    print(e)
    e.symmetric_difference_update(a)
    print(e)

x = set(range(50))
for i in range(0, 50, 3):
    x.remove(i)
print(x)
for i in range(100, 130):
    x.add(i)
print(x)
x.difference_update(range(100, 125))
print(x)
y = set()
for i in range(100):
    y.add(i * 37 % 101)
print(y)
while len(y) > 10:
    y.pop()
print(y)
for i in range(50):
    y.add(i * 1000003)
    y.discard(i * 7)
print(y)
print(set(range(-10, 10)), set(range(0, 200, 16)), frozenset(range(64, 0, -8)))
print({-1, -2, 1, 2}, {2**40, 2**41, 5}, {1.5, 2.5, 0.5, 3})
