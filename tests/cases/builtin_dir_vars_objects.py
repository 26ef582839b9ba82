# dir/vars/locals/globals, the singleton types, module objects, exit/quit, and the iterator builtins'
# argument errors.
import sys


class Shape:
    sides = 0

    def __init__(self):
        self.name = "shape"

    def area(self):
        return 0


class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]


print([n for n in dir(Shape()) if not n.startswith("__")], dir(Custom()), "__class__" in dir(Shape))
print(sorted(vars(Shape())), "area" in vars(Shape), type(vars(Shape)).__name__)


def scope(a, b=2, *rest, **kw):
    c = a + b

    def inner():
        return c + a

    print(sorted(locals()), dir())
    return inner


scope(1)
print(vars() is globals(), locals() is globals(), "scope" in globals(), dir(sys) == sorted(dir(sys)))
for action in [lambda: vars(1), lambda: vars(1, 2), lambda: dir(1, 2), lambda: globals(1), lambda: locals(x=1)]:
    try:
        action()
    except TypeError as e:
        print("TypeError:", e)
print(type(None)(), type(NotImplemented)(), type(...)(), repr(None), repr(NotImplemented), repr(...))
print(type(None).__name__, type(NotImplemented).__name__, type(...).__name__, None.__bool__(), bool(...))
for t in [type(None), type(NotImplemented), type(...)]:
    try:
        t(1)
    except TypeError as e:
        print("TypeError:", e)
ModuleType = type(sys)
m = ModuleType("fresh", "A doc.")
print(repr(m), m.__name__, m.__doc__, m.__spec__, sorted(m.__dict__))
m.value = 3
print(m.value, dir(m))
m.__getattr__ = lambda name: f"dynamic {name}"
print(m.anything)
print(repr(sys), repr(ModuleType("x")), ModuleType.__name__)
for bad in [lambda: ModuleType(), lambda: ModuleType(1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(repr(exit), repr(quit), type(exit).__name__, callable(exit))
print(format(255, "x"), format("ab", ">4"), format(3.5), ascii("naïve ☃"), ascii([1, "é"]))
try:
    format(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(list(enumerate("ab", start=5)), list(enumerate([], 3)), list(reversed(range(1, 4))))
print(type(reversed([1])).__name__, type(reversed((1,))).__name__, type(reversed(range(2))).__name__)
print(type(enumerate([])).__name__, type(zip()).__name__, type(map(len, [])).__name__, type(filter(None, [])).__name__)
print(any(x > 2 for x in [1, 3]), all(x > 0 for x in [1, 0]), any(()), all(()))


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


class NotRev:
    __reversed__ = None

    def __len__(self):
        return 1

    def __getitem__(self, i):
        return i


print(list(reversed(Seq())))
for bad in [
    lambda: reversed(5),
    lambda: reversed({}),
    lambda: reversed(NotRev()),
    lambda: reversed(),
    lambda: reversed([], []),
    lambda: enumerate(),
    lambda: enumerate(5),
    lambda: enumerate([], "x"),
    lambda: zip(5),
    lambda: zip([], x=1),
    lambda: map(len),
    lambda: map(len, 5),
    lambda: filter(None),
    lambda: any(5),
    lambda: all(),
    lambda: list(zip([1], [1, 2], strict=True)),
    lambda: list(zip([1, 2], [1], [1, 2], strict=True)),
]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
