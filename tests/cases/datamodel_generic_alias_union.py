import types
U = int | None
print(isinstance(None, U), isinstance(1, U), isinstance('s', U), issubclass(bool, int | str), isinstance(1, int | list[int]))
try:
    isinstance("x", int | list[int])
except TypeError as e:
    print("TypeError:", e)
print(U.__args__, U == (None | int), hash(U) == hash(None | int), int | int, (int | str) | (str | float), U | list[int])
print(type(U).__module__, type(U).__name__, type(U).__qualname__, type(U))
print(types.GenericAlias(list, int), types.GenericAlias(list, (int, str)))
try:
    int | 'a'
except TypeError as e:
    print("TypeError:", e)
print(list[int] == list[str], list[int] != 3, dict[str, int].__args__, list[int] == list[int], hash(list[int]) == hash(list[int]))
print(list[int].__class__, list[int].__mro_entries__((1,)))
def f(x: list[int] | None = None) -> dict[str, int | None]: pass
print(f.__annotations__)
print(isinstance(list[int], type), isinstance(U, type))
print(list[int].__parameters__, tuple[int, ...], tuple[()], dict[str, list[int]], list['A'], list[1], type[int])
class A: pass
print(list[A], list[int] | None, int | None, type(int | None))
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(list, list[int])
except TypeError as e:
    print("TypeError:", e)
try:
    list[int][str]
except TypeError as e:
    print("TypeError:", e)
try:
    (int | str)[int]
except TypeError as e:
    print("TypeError:", e)
print(list[int]([1, 2]), list[int].append, list[int].__origin__, list[int].__args__, type(list[int]).__module__)
print(list[int, str], dict[int], list[int].__name__, list[int].__qualname__)
class L(list[int]): pass
print(L.__mro__, L.__orig_bases__, L([3]))
print(repr(list[...]), list[None], list[type(None)], set[frozenset[int]], enumerate[str], types.MappingProxyType[str, int])
try:
    str[int]
except TypeError as e:
    print("TypeError:", e)
try:
    object[int]
except TypeError as e:
    print("TypeError:", e)
class Mine:
    def __class_getitem__(cls, item):
        return types.GenericAlias(cls, item)
print(Mine[int], Mine[int, str].__origin__ is Mine)
x = list[int]()
print(x, type(x))
print(int | str | None, None | int, (int | None).__parameters__)
print(list[int] | dict[str, int] == dict[str, int] | list[int])
