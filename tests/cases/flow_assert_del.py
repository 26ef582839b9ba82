assert True
assert 1 + 1 == 2, "math works"
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert [], {"detail": 42}
except AssertionError as e:
    print("AssertionError:", e.args)
try:
    assert False
except AssertionError as e:
    print("bare assert:", repr(e), e.args)
x = 10
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = [1, 2, 3, 4]
del lst[0], lst[-1]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)


class Obj:
    pass


o = Obj()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)
