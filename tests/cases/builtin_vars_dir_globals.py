module_level = 1


class Point:
    dims = 2

    def __init__(self):
        self.x = 1
        self.y = 2

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


p = Point()
print(vars(p), p.__dict__ is vars(p))
print([n for n in dir(p) if not n.startswith("_")], dir(p) == sorted(dir(p)))
print("__init__" in dir(p), "__class__" in dir(p), "x" in dir(Point), "norm" in dir(Point))
print(sorted(k for k in vars(Point) if not k.startswith("__")))
g = globals()
print(type(g).__name__, g["module_level"], "Point" in g, g["__name__"], g is globals())
g["injected"] = "via globals()"
print(injected)


def show_locals(a, b=2):
    c = a + b
    return sorted(locals().items())


print(show_locals(1))
print(sorted(n for n in dir() if not n.startswith("__")))


class Empty:
    pass


print([n for n in dir(Empty()) if not n.startswith("__")])
try:
    vars(1)
except TypeError as e:
    print("TypeError:", e)
