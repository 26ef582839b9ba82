class Box:
    color = "red"

    def __init__(self):
        self.size = 3


b = Box()
print(getattr(b, "size"), getattr(b, "color"), getattr(b, "missing", None), getattr(Box, "color"))
setattr(b, "size", 10)
setattr(b, "weight", 2.5)
print(b.size, b.weight, hasattr(b, "weight"), hasattr(b, "nothing"), hasattr(Box, "size"))
delattr(b, "weight")
print(hasattr(b, "weight"), vars(b))
print(getattr("abc", "upper")(), getattr([], "__len__")(), getattr(1, "real"))
for name in ["size", "color", "nope"]:
    print(name, hasattr(b, name), getattr(b, name, "<default>"))
try:
    getattr(b, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(b, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(b, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(1, "x", 2)
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(object(), "x", 1)
except AttributeError as e:
    print("AttributeError:", e)


class Dynamic:
    def __getattr__(self, name):
        return f"<computed {name}>"


d = Dynamic()
print(d.anything, getattr(d, "other"), hasattr(d, "whatever"))
