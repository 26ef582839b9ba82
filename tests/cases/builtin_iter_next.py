it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
s = iter("ab")
print(list(s))
d = iter({"x": 1, "y": 2})
print(next(d), list(d))
r = iter(range(3))
print(type(r).__name__, next(r), list(r))
calls = [3, 2, 1, 0, 5]
it = iter(lambda: calls.pop(0), 0)
print(list(it), calls)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
print(callable(len), callable(lambda: 0), callable(1), callable(int), callable("s".upper), callable(None))
