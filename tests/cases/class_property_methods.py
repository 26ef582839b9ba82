# property, staticmethod and classmethod objects: construction, copies, docs, descriptor protocol,
# attributes and error messages.
class Temperature:
    def __init__(self):
        self._c = 0.0

    @property
    def celsius(self):
        "Degrees Celsius."
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("  deleting")
        self._c = 0.0

    def _get_f(self):
        return self._c * 9 / 5 + 32

    fahrenheit = property(_get_f, doc="Degrees Fahrenheit.")
    read_only = property(lambda self: "ro")
    write_only = property(None, lambda self, v: print("  write_only got", v))
    bare = property()


t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit, t.read_only)
del t.celsius
print(t.celsius)
t.write_only = 5
print(Temperature.celsius.__doc__, Temperature.fahrenheit.__doc__, Temperature.read_only.__doc__)
prop = Temperature.celsius
print(type(prop).__name__, prop.fget.__name__, prop.fset.__name__, prop.fdel.__name__, Temperature.bare.fget)
print(prop.__get__(None, Temperature) is prop, prop.__get__(t), prop.__get__(t, Temperature))
prop.__set__(t, 5)
print(t.celsius)
prop.__delete__(t)
for action in [
    lambda: setattr(t, "celsius", -300),
    lambda: setattr(t, "read_only", 1),
    lambda: delattr(t, "read_only"),
    lambda: t.write_only,
    lambda: t.bare,
    lambda: setattr(t, "fahrenheit", 1),
    lambda: Temperature.read_only.__set__(t, 1),
    lambda: property(1, 2, 3, 4, 5),
    lambda: property(fget=1, wrong=2),
]:
    try:
        action()
    except (AttributeError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
unnamed = property(None)
try:
    unnamed.__get__(t)
except AttributeError as e:
    print("AttributeError:", e)
try:
    unnamed.__set__(t, 1)
except AttributeError as e:
    print("AttributeError:", e)


def getter(self):
    "getter doc"
    return 1


p1 = property(getter)
p2 = p1.setter(lambda self, v: None)
p3 = p2.getter(lambda self: 2)
print(p1.__doc__, p2.__doc__, p3.__doc__, p1 is p2, p2.fget is getter, p3.fset is p2.fset)
p4 = property(getter, doc="explicit")
print(p4.getter(lambda self: 3).__doc__)


class Counter:
    count = 0

    @staticmethod
    def add(a, b):
        "Add two numbers."
        return a + b

    @classmethod
    def bump(cls, n=1):
        cls.count += n
        return cls.count


class Sub(Counter):
    pass


print(Counter.add(1, 2), Counter().add(3, 4), Counter.bump(), Sub.bump(5), Counter.count, Sub.count)
sm = Counter.__dict__["add"]
cm = Counter.__dict__["bump"]
print(type(sm).__name__, type(cm).__name__, sm.__func__.__name__, cm.__func__.__name__)
print(sm.__wrapped__ is sm.__func__, sm.__name__, sm.__qualname__, sm.__doc__, cm.__doc__)
print(sm(10, 20), sm.__get__(None, Counter)(1, 1), cm.__get__(None, Sub)(), cm.__get__(Sub())())
print(repr(staticmethod(len)), repr(classmethod(len)))
bound = Sub.bump
print(bound.__self__.__name__, bound.__func__ is cm.__func__)
print(callable(sm), callable(cm), isinstance(sm, staticmethod), isinstance(cm, classmethod))
for action in [lambda: staticmethod(), lambda: classmethod(1, 2), lambda: staticmethod(f=len), lambda: cm(1)]:
    try:
        action()
    except TypeError as e:
        print("TypeError:", e)
