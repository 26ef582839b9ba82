f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, type(f).__name__, frozenset())
print(f | {9}, type(f | {9}).__name__, type({9} | f).__name__, f & {1, 5})
print(f == {1, 2, 3}, hash(f) == hash(frozenset({1, 2, 3})))
sets = {frozenset({1, 2}): "a", frozenset({2, 1}): "b"}
print(sets)
print({frozenset({1}), frozenset({1})})
print(set(f), frozenset(f) is f or frozenset(f) == f)
nested = {frozenset({1, 2}), frozenset({3})}
print(frozenset({3}) in nested, len(nested))
print(repr(set()), repr(frozenset({5})), str({1, 2}))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    hash({1})
except TypeError as e:
    print("TypeError:", e)
print(sorted(f.copy()), f.copy() == f)
