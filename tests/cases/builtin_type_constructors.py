print(int(), float(), str(), bool(), list(), tuple(), dict(), set(), frozenset(), complex(), bytes())
print(int("7"), float("7"), str(7), bool(7), list("77"), tuple([7]), dict(a=7), set([7, 7]))
print(type(1), type(1.0), type("s"), type(None), type([]), type(()), type({}), type(set()), type(print))
print(type(len), type(type), type(object), type(range(1)), type(iter([])), type(lambda: 0))
print(int.__name__, float.__name__, str.__name__, type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
print(str(b"x"), str(1e100), str(-0.0), str(object)[:14], repr(str), repr(Ellipsis), repr(NotImplemented))
print(list(map(type, [1, "", 1.0])) == [int, str, float], type(type(1)) is type)
print(isinstance(1, int), isinstance(1, (str, float)), isinstance("x", str), isinstance(None, type(None)))
print(isinstance([], (list, tuple)), isinstance(int, type), isinstance(type, object), issubclass(int, object))
print(issubclass(bool, (str, int)), issubclass(list, list), issubclass(dict, object))
print(object().__class__.__name__, object.__name__, type("X", (), {})().__class__.__name__)
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)
