# set/frozenset methods, argument errors, descriptors, unhashable keys and subclasses.
def t(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


s = {1, 2, 3}
t(lambda: s.add())
t(lambda: s.add(1, 2))
t(lambda: s.add([1]))
t(lambda: s.remove(9))
t(lambda: s.remove((1, 2)))
t(lambda: set().pop())
t(lambda: s.pop(1))
t(lambda: s.clear(1))
t(lambda: s.union(x=1))
t(lambda: s.update(5))
t(lambda: s.symmetric_difference(1, 2))
t(lambda: s.issubset())
t(lambda: s.isdisjoint(3))
t(lambda: set(1, 2))
t(lambda: set(a=1))
t(lambda: frozenset(a=1))
t(lambda: frozenset([1], [2]))
t(lambda: set([[1]]))
t(lambda: hash(set()))
t(lambda: {frozenset(): 1, frozenset({1}): 2}[frozenset()])
t(lambda: set.add(1, 2))
t(lambda: set.union(frozenset(), [1]))
t(lambda: frozenset.union(frozenset({1}), [2]))
t(lambda: frozenset().add)
t(lambda: set.__new__(int))
t(lambda: s | [1])
t(lambda: [1] | s)
t(lambda: s & 1)
t(lambda: s - "a")
t(lambda: s ^ None)
t(lambda: s < [1])
t(lambda: s.__or__([1]))
t(lambda: s.__ior__([1]))
t(lambda: s.__eq__(1))

# Set keys that are sets are looked up as the equal frozenset.
fs = {frozenset({1, 2}), 3}
print({1, 2} in fs, {9} in fs, [] in s if False else None)
fs.discard({1, 2})
print(fs)
fs.add(frozenset({5}))
fs.remove({5})
print(fs)
t(lambda: fs.remove({7}))

# Identity rules.
f = frozenset({1, 2})
print(frozenset(f) is f, f.copy() is f, set(f) is f, frozenset() == frozenset(), f == {1, 2}, {1, 2} == f)
g = f
g |= {3}
print(f, g, g is f, type(g).__name__)
h = s
h |= {4}
h &= {1, 2, 4, 5}
h -= {1}
h ^= {7}
print(s, h is s)

# Comparisons are subset relations.
a, b = {1, 2}, {1, 2, 3}
print(a < b, a <= b, b > a, b >= a, a == b, a != b, a < a, a <= a, a > a, b < a)
print(a.issubset([1, 2, 3]), a.issuperset([1]), a.issuperset(x for x in [1, 5]), a.isdisjoint([5, 6]))
print(frozenset({1, 2}) == {1, 2}, set() == frozenset(), {1} != frozenset({1}))

# Hashes of frozensets follow CPython's algorithm.
print(hash(frozenset()), hash(frozenset({1})), hash(frozenset({1, 2, 3})), hash(frozenset(range(100))))
print(hash(frozenset({frozenset({1}), frozenset()})), hash(frozenset({-1, -2, 2**62})))


# Subclasses keep their class and payload; operations return the base types.
class S(set):
    pass


class F(frozenset):
    pass


class T(set):
    def __init__(self, *args, **kwargs):
        super().__init__(*args)
        self.kw = kwargs


x = S([3, 1, 2])
print(x, S(), F([1]), F(), type(x | {9}).__name__, type(F([1]) | {2}).__name__, type(x.copy()).__name__)
print(repr(x), len(x), 2 in x, sorted(x), x == {1, 2, 3}, isinstance(x, set))
y = T([1, 2], a=1)
print(y, y.kw)
y.__init__([7])
print(y)
print(F(f) is f, type(F(f)).__name__, type(F([1]).copy()).__name__)
t(lambda: F(1, 2))
t(lambda: F(a=1))
t(lambda: S(1, 2))
