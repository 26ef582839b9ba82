# weakref.proxy stands for its referent: attributes, operators, subscripts, iteration, calls;
# once the referent is gone every use raises ReferenceError.
import weakref


class Box:
    def __init__(self, items):
        self.items = list(items)
        self.label = "box"

    def total(self):
        return sum(self.items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __contains__(self, v):
        return v in self.items

    def __iter__(self):
        return iter(self.items)

    def __add__(self, other):
        return Box(self.items + list(other))

    def __radd__(self, other):
        return "radd with %r" % (other,)

    def __iadd__(self, other):
        self.items.extend(other)
        return self

    def __neg__(self):
        return "negated"

    def __lt__(self, other):
        return len(self) < len(other)

    def __eq__(self, other):
        return isinstance(other, Box) and self.items == other.items

    def __bool__(self):
        return bool(self.items)

    def __str__(self):
        return "Box%s" % self.items

    def __int__(self):
        return 42

    def __index__(self):
        return 3

    def __float__(self):
        return 1.5

    def __call__(self, x):
        return "called with %r" % (x,)


b = Box([1, 2, 3])
p = weakref.proxy(b)
print(type(p).__name__, type(weakref.proxy(Box)).__name__)
print(p.label, p.total(), len(p), p[0], 2 in p, list(p), str(p), bool(p))
p.label = "renamed"
print(b.label)
del p.label
print(hasattr(b, "label"))
p[0] = 10
del p[1]
print(b.items)
print((p + [4]).items, 5 + p, -p, p < Box([1, 2, 3, 4, 5]), p == Box([10, 3]), p != b)
print(int(p), float(p), [0, 1, 2, 3][p])
q = p
q += [7]
print(q is b, b.items)
del q
print(p(5))
print(weakref.proxy(b) is p, weakref.getweakrefcount(b))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
cb = weakref.proxy(b, lambda pr: print("proxy callback", type(pr).__name__))
print(cb is not p, weakref.getweakrefcount(b))
del b
print("b deleted")
for action in [lambda: p.items, lambda: len(p), lambda: p[0], lambda: str(p), lambda: p + [1], lambda: setattr(p, "x", 1), lambda: bool(p), lambda: p(1)]:
    try:
        action()
    except ReferenceError as e:
        print("ReferenceError:", e)

numbers = weakref.proxy(Box([1]))
try:
    numbers.total()
except ReferenceError as e:
    print("ReferenceError:", e)
