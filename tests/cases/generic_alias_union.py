# PEP 585 generic aliases (list[int]) and PEP 604 unions (int | None), as annotations
# evaluate them.
import types

print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[int])
print(set[frozenset[bytes]], enumerate[str], list[types.ModuleType])
print(type(list[int]), types.GenericAlias, types.UnionType)
a = list[int]
print(a.__origin__, a.__args__, a.__parameters__, a.__unpacked__)
print(a == list[int], a != list[str], a == list, hash(a) == hash(list[int]))
print(a.__name__, a.append, a(), a([1, 2]), a.__mro_entries__((a,)))
print(types.GenericAlias(list, int), types.GenericAlias(dict, (str, int)))
for check in (lambda: isinstance([], list[int]), lambda: issubclass(list, list[int])):
    try:
        check()
    except TypeError as e:
        print(e)
try:
    list[int][str]
except TypeError as e:
    print(e)


class Box(list[int]):
    pass


print(Box.__orig_bases__, Box.__mro__, Box([1]))
print("__orig_bases__" in Box.__dict__, "__orig_bases__" in list.__dict__)


class Custom:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"

    def __init_subclass__(cls, **kwargs):
        print("init_subclass", cls.__name__, kwargs)


class Sub(Custom, flag=True):
    pass


print(Custom[int], Sub["x"], type(Custom.__dict__["__class_getitem__"]).__name__)


class Entries:
    def __mro_entries__(self, bases):
        print("mro_entries got", len(bases), "bases")
        return (dict,)


class FromEntries(Entries(), list[str].__class__ and object):
    pass


print(FromEntries.__mro__, len(FromEntries.__orig_bases__))

# Unions.
print(int | str, int | None, None | int, int | str | int, list[int] | None)
print(type(int | str), (int | str).__args__, (int | None).__args__)
print((int | str) == (str | int), (int | str) == (int | bytes), hash(int | str) == hash(str | int))
print(int | int, (int | str) | (bytes | int))
print(isinstance(1, int | str), isinstance(None, int | None), isinstance(1.5, int | str))
print(issubclass(bool, int | str), issubclass(float, int | str))
try:
    isinstance([], int | list[int])
except TypeError as e:
    print(e)
for bad in (lambda: int | 3, lambda: "x" | int):
    try:
        bad()
    except TypeError as e:
        print(e)


def f(x: list[int] | None = None, *, y: dict[str, tuple[int, ...]]) -> set[str]:
    pass


print(f.__annotations__)
print(type.__module__, type.__qualname__)
