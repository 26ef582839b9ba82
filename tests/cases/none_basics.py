x = None
print(x, repr(x), str(x), type(x).__name__, x is None, x is not None, x == None)
print(bool(None), None == 0, None == False, None == "", [None] * 3)


def nothing():
    pass


def implicit():
    return


print(nothing(), implicit(), nothing() is None)
print({None: 1}[None], (None,) == (None,), None in [1, None])
d = {}
print(d.get("missing"), [].sort(), print("print returns None") is None)
try:
    None.attribute
except AttributeError as e:
    print("AttributeError:", e)
try:
    x()
except TypeError as e:
    print("TypeError:", e)
try:
    len(None)
except TypeError as e:
    print("TypeError:", e)
try:
    x[0]
except TypeError as e:
    print("TypeError:", e)
try:
    for item in None:
        pass
except TypeError as e:
    print("TypeError:", e)
print(type(None)() is None, hash(None) == hash(None))
