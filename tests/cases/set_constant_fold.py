# Set displays of constants are folded into frozenset constants, as CPython's compiler does:
# built from the items in source order, then rebuilt from that frozenset's own order.
print({1, 9, 17}, {17, 9, 1}, {9, 1, 17})
print({8, 16, 0, 24, 32, 40}, {40, 32, 24, 16, 8, 0})
print({-1, -2, 7, 15, 23}, {2**61, 1, 2**61 + 1, 0})
print({1.5, 9.5, 0.5, 17.0}, {(1, 2), (2, 1), (), (0,)})
print({1, 1.0, True, 2}, {0, False, 0.0, -0.0, 0j})
for v in {17, 9, 1}:
    print(v, end=" ")
print()
for v in {25, 17}:
    print(v, end=" ")
print()
print([v for v in {33, 1, 17, 49}], [v for v in [3, 2, 1]], [v * w for v in {9, 1} for w in {17, 1}])
print(sorted(v for v in {5, 4, 3}))
x = 17
print(x in {1, 9, 17}, x not in {17, 9}, 0 < x in {17}, x in [1, 17], x not in [x])
if x in {33, 17, 1}:
    print("member")
f = lambda: {33, 1, 17, 49}
print(f(), f() is f(), type(f()))
s = {65, 1, 33, 97}
s.add(129)
print(s, len(s), {*s})
print({1, 2, 3} == frozenset({1, 2, 3}), {1, 9, 17} == {17, 9, 1})


# Equal frozenset constants are shared across the module's code objects: the first one made
# (here in `later`'s body, compiled before the module's next line) fixes the order.
def later():
    return {25, 9, 1}


print(later(), {1, 9, 25}, [v for v in {9, 25, 1}])


class Holder:
    items = {1, 25, 9}


print(Holder.items)
