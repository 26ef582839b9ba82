# isinstance/issubclass: tuples (nested), bool/int, metaclass hooks, __class__ and __bases__ protocols.
class A:
    pass


class B(A):
    pass


class C:
    pass


b = B()
print(isinstance(b, A), isinstance(b, B), isinstance(b, C), isinstance(b, object))
print(isinstance(b, (C, A)), isinstance(b, (C, (int, (str, B)))), isinstance(b, ()))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)), isinstance(None, type(None)))
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), isinstance(object, type))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(bool, int), issubclass(int, object))
print(issubclass(B, B), issubclass(type, object), issubclass(bool, (str, (bytes, int))), issubclass(C, ()))


class Meta(type):
    def __instancecheck__(cls, inst):
        print("  instancecheck", cls.__name__, type(inst).__name__)
        return isinstance(inst, int) and inst > 10

    def __subclasscheck__(cls, sub):
        print("  subclasscheck", cls.__name__, sub.__name__)
        return sub in (int, float)


class Big(metaclass=Meta):
    pass


print(isinstance(42, Big), isinstance(3, Big), isinstance("x", Big))
print(issubclass(int, Big), issubclass(str, Big), issubclass(float, (str, Big)))
# An exact type match never consults the hook.
print(isinstance(Big(), Big))
print(isinstance(5, (str, Big)))


class Proxy:
    @property
    def __class__(self):
        return A


p = Proxy()
print(isinstance(p, A), isinstance(p, Proxy), type(p).__name__, p.__class__.__name__)


class ClassLike:
    def __init__(self, bases):
        self.__bases__ = bases


root = ClassLike(())
child = ClassLike((root,))
grandchild = ClassLike((ClassLike(()), child))
print(issubclass(child, root), issubclass(grandchild, root), issubclass(root, child))


class Inst:
    def __init__(self, cls):
        self.__class__ = cls


try:
    Inst(child)
except TypeError as e:
    print("TypeError:", e)


class HasClassAttr:
    pass


h = HasClassAttr()
h.__class__ = B
print(type(h).__name__, isinstance(h, A))
for bad in [(1, 2), (int, "x")]:
    try:
        isinstance(1, bad[1] if bad[0] == int else bad[0])
    except TypeError as e:
        print("TypeError:", e)
for args in [(1, int), (int, 1), (int, (int, 1)), ("x", str)]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print("TypeError:", e)
for call in [lambda: isinstance(1), lambda: isinstance(1, int, 2), lambda: issubclass(int)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
try:
    h.__class__ = 1
except TypeError as e:
    print("TypeError:", e)
try:
    h.__class__ = int
except TypeError as e:
    print("TypeError:", e)
try:
    (1).__class__ = bool
except TypeError as e:
    print("TypeError:", e)
