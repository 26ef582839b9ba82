class C:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)

    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)


class D(C, flag=1):
    pass


print(C[int], D["x"])
print(type(C.__dict__["__class_getitem__"]).__name__, type(C.__dict__["__init_subclass__"]).__name__)
print(object.__subclasshook__(int), int.__subclasshook__(str))
print(property(lambda s: 1).__isabstractmethod__)


def f():
    pass


f.__isabstractmethod__ = True
print(property(f).__isabstractmethod__, property(None, f).__isabstractmethod__)
print(classmethod(f).__isabstractmethod__, staticmethod(f).__isabstractmethod__, staticmethod(len).__isabstractmethod__)


class Abstract:
    __abstractmethods__ = frozenset({"b", "a"})


print(type(Abstract()).__name__)
Abstract.__abstractmethods__ = frozenset({"b", "a"})
try:
    Abstract()
except TypeError as e:
    print(e)
Abstract.__abstractmethods__ = ()
print(type(Abstract()).__name__)
