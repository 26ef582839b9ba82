import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


print(sorted(Shape.__abstractmethods__))
print(type(Shape), type(ABC), ABC.__slots__)
try:
    Shape()
except TypeError as e:
    print(e)


class Half(Shape):
    def area(self):
        return 1


print(sorted(Half.__abstractmethods__))
try:
    Half()
except TypeError as e:
    print(e)


class Square(Half):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def perimeter(self):
        return 4 * self.s


sq = Square(3)
print(sq.describe(), sq.perimeter(), Square.__abstractmethods__)
print(isinstance(sq, Shape), issubclass(Square, Shape), issubclass(int, Shape))


# Abstract properties, classmethods and staticmethods.
class P(ABC):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


print(sorted(P.__abstractmethods__))
print(P.__dict__["name"].__isabstractmethod__, property(lambda s: 1).__isabstractmethod__)


# register() and virtual subclasses.
class MyABC(metaclass=ABCMeta):
    pass


print(issubclass(tuple, MyABC), isinstance((1,), MyABC))
token = abc.get_cache_token()
print(MyABC.register(tuple) is tuple)
print(abc.get_cache_token() != token)
print(issubclass(tuple, MyABC), isinstance((1,), MyABC), MyABC not in tuple.__mro__)


class T2(tuple):
    pass


print(issubclass(T2, MyABC), isinstance(T2(), MyABC))


@MyABC.register
class Other:
    pass


print(Other.__name__, issubclass(Other, MyABC), isinstance(Other(), MyABC))
try:
    MyABC.register(3)
except TypeError as e:
    print("TypeError:", e)


class Sub(MyABC):
    pass


try:
    Sub.register(MyABC)
except RuntimeError as e:
    print("RuntimeError:", e)
print(Sub.register(Sub) is Sub)
try:
    issubclass(3, MyABC)
except TypeError as e:
    print("TypeError:", e)


# __subclasshook__.
class HasLen(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is HasLen:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


print(issubclass(list, HasLen), issubclass(int, HasLen), isinstance("x", HasLen), isinstance(3, HasLen))
print(object.__subclasshook__(int))


# update_abstractmethods.
class Q(ABC):
    @abstractmethod
    def f(self):
        ...


def f(self):
    return "now concrete"


Q.f = f
print(sorted(Q.__abstractmethods__))
abc.update_abstractmethods(Q)
print(Q.__abstractmethods__, Q().f())
Q.g = abstractmethod(lambda self: 0)
abc.update_abstractmethods(Q)
print(sorted(Q.__abstractmethods__))


class NotAbc:
    pass


print(abc.update_abstractmethods(NotAbc) is NotAbc)


# Metaclass keyword arguments pass through, abstract methods may be called with super().
class Base(ABC):
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag

    @abstractmethod
    def run(self):
        return "base run"


class Impl(Base, tag="x"):
    def run(self):
        return "impl+" + super().run()


print(Impl.tag, Impl().run())
print(abc.abstractmethod(lambda: 0).__isabstractmethod__)
print("_abc_impl" in dir(Impl))
