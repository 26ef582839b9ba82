a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a.issubset(range(10)), a.issuperset([1, 2]))
print(a.isdisjoint({7, 8}), a.isdisjoint(b), 3 in a, 9 not in a, len(a))
s = set()
s.add(3)
s.add(1)
s.add(3)
s.update([2, 5], {8})
print(s, sorted(s))
s.discard(100)
s.discard(8)
s.remove(5)
print(s)
x = s.pop()
print(x, s)
s |= {10}
s &= {1, 2, 10}
s -= {2}
s ^= {7}
print(s)
print(set(), set([3, 3, 1]), set(range(4)), set("") == set(), {0} == {0.0, False})
print({x % 4 for x in range(20)}, sorted({-1, 5, -10, 0}))
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {1}.remove(2)
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    {1} + {2}
except TypeError as e:
    print("TypeError:", e)
