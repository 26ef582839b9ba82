# dict views: live, set-like for keys and items, with CPython's results and errors.
def t(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


d = {1: 10, 2: 20, 3: 30}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), len(v), len(i))
d[4] = 40
print(k, v, i, 4 in k, 40 in v, (4, 40) in i, (4, 41) in i, 4 in i, [4, 40] in i)
print(k & {1, 2, 10}, k | {10}, k - {1}, k ^ {1, 10}, {1, 2, 10} & k, {10} | k, {1, 10} - k, {1, 10} ^ k)
print(k & [2, 3], [2, 3, 99] & k, [1, 99] - k, k - [1], (2, 98) | k)
print(i & {(1, 10), (2, 99)}, i - {(1, 10)}, i | {(9, 9)})
print(i ^ {1: 10, 2: 99, 7: 70}.items())
print(k == {1, 2, 3, 4}, k != {1, 2, 3, 4}, k < {1, 2, 3, 4, 5}, k <= {1, 2, 3, 4}, k > {1}, k >= k, k == [1, 2, 3, 4])
print(k == {1: 0, 2: 0, 3: 0, 4: 0}.keys(), i == d.items(), v == d.values(), v == v, {1, 2, 3, 4} == k)
print(k.isdisjoint({5, 6}), k.isdisjoint([1]), i.isdisjoint([(1, 10)]), k.isdisjoint(k))
print(k.mapping, v.mapping, type(i.mapping).__name__, k.mapping[1])
t(lambda: k.mapping.__setitem__)
t(lambda: hash(k))
t(lambda: hash(i))
t(lambda: k | 1)
t(lambda: k & 1)
t(lambda: v | {1})
t(lambda: k < [1])
print(sorted(k), sorted(v), sorted(i), list(reversed(k)), list(reversed(i)))
print(type(k).__name__, type(v).__name__, type(i).__name__, type(k | {0}).__name__)
e = {}
print(e.keys(), e.values(), e.items(), e.keys() == set(), e.items() | set())
nested = {}
nested["v"] = nested.values()
print(nested)
print({1: 2}.keys() & {1: 3}.keys(), {1: 2}.items() & {1: 3}.items(), {(1, 2)} & {1: 2}.items())
