# types.MethodType(function, instance) builds a bound method.
import types


class C:
    def __init__(self, n):
        self.n = n


def get(self, extra=0):
    return self.n + extra


m = types.MethodType(get, C(4))
print(type(m).__name__, m(), m(10), m.__func__ is get, m.__self__.n)
print(types.MethodType(len, "abc")())
for args in [(), (get,), (get, None), (1, 2), (get, 1, 2)]:
    try:
        types.MethodType(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    types.MethodType(get, C(1), x=1)
except TypeError as e:
    print("TypeError:", e)
