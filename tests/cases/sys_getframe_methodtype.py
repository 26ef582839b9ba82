import sys
import types


def where():
    caller = sys._getframe(1)
    return caller.f_code.co_name, caller.f_lineno, caller.f_globals["__name__"], caller.f_back.f_code.co_name


def outer():
    return where()


print(outer(), sys._getframe().f_code.co_name)
try:
    sys._getframe(50)
except ValueError as e:
    print(e)


class A:
    pass


m = types.MethodType(lambda self, x: (type(self).__name__, x), A())
print(m(1), type(m) is types.MethodType)
for bad in [(1, A()), (len, None)]:
    try:
        types.MethodType(*bad)
    except TypeError as e:
        print(e)
print(type(len).__call__(len, "abc"), type(outer).__call__(outer)[0], (lambda: 0).__call__())
