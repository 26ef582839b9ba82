import abc


class A(abc.ABC):
    @abc.abstractclassmethod
    def make(cls):
        return cls.__name__

    @abc.abstractstaticmethod
    def helper(x):
        return x * 2

    @abc.abstractproperty
    def value(self):
        return 1


print(sorted(A.__abstractmethods__))
try:
    A()
except TypeError as e:
    print(e)
print(A.make(), A.helper(4))


class B(A):
    make = classmethod(lambda cls: "B.make")
    helper = staticmethod(lambda x: x)

    @property
    def value(self):
        return 42


print(B.__abstractmethods__, B().value, B.make(), B().helper(5))


class C(abc.ABC):
    @abc.abstractmethod
    def only(self):
        ...


try:
    C()
except TypeError as e:
    print(e)
