# `f(*args)` passes the iterable straight to the call, which makes the tuple.
def show(*args, **kwargs):
    print(args, sorted(kwargs.items()))


show(*[1, 2])
show(*(x * x for x in range(3)))
show(*"ab", **{"k": 1})
show(*{3: "c"})
try:
    show(*None)
except TypeError as e:
    print(e)
try:
    show(*1, k=2)
except TypeError as e:
    print(e)
print(max(*[4, 9, 2]))
