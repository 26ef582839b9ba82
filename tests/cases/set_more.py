evens = {x for x in range(20) if x % 2 == 0}
threes = set(range(0, 20, 3))
print(sorted(evens & threes), sorted(evens - threes), sorted(threes - evens), len(evens ^ threes))
print(evens.intersection(threes, range(10)), sorted(evens.union(range(3))))
s = {1, 2, 3}
s.intersection_update({2, 3, 4})
print(s)
s.difference_update([3])
print(s)
s.symmetric_difference_update({2, 5})
print(s)
print({1, 2} == {2, 1}, {1, 2} != {1}, {1} < {1, 2} < {1, 2, 3}, set() <= set())
print(sorted({-5, 3, -1, 8}), min({4, 2, 9}), max({4, 2, 9}), sum({1, 2, 3}))
fs = frozenset(range(5))
print(fs - {0}, fs.issuperset({1, 2}), fs.union([10]) == frozenset({0, 1, 2, 3, 4, 10}))
print({1, 2, 3}.pop() in {1, 2, 3}, list({7}), {True, 1, 1.0})
counts = {}
for n in [3, 1, 3, 2, 1, 3]:
    counts[n] = counts.get(n, 0) + 1
print(set(counts), {n for n, c in counts.items() if c > 1})
