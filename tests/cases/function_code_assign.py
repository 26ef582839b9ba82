# Assigning a function's __code__: the next call runs the new code, in the same function object
# (what a deep reload does to functions that other modules imported by name).
def f():
    return "old"


def g(x="default"):
    return f"new {x}"


alias = f
f.__code__ = g.__code__
print(f(2), alias(1), f is alias, f.__name__, f.__code__.co_name)
try:
    f()  # defaults belong to the function, not to its code
except TypeError as e:
    print(e)
print(f.__code__ is g.__code__ or f.__code__ == g.__code__)


def outer():
    y = 1

    def inner():
        return y

    return inner


for bad in (5, None):
    try:
        f.__code__ = bad
    except TypeError as e:
        print(e)
try:
    del f.__code__
except TypeError as e:
    print(e)
try:
    f.__code__ = outer().__code__
except ValueError as e:
    print(e)
k = outer()
k.__code__ = (lambda: y).__code__ if False else k.__code__
print(k())
print("__code__" in f.__dict__)
