class Outer:
    """Outer docstring."""

    class Inner:
        pass

    def method(self):
        return 1


class NoDoc:
    pass


print(Outer.__name__, Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.__name__)
print(Outer.__module__, Outer.__doc__, NoDoc.__doc__, Outer.__bases__, NoDoc.__mro__)
print(type(Outer), type(type), type(Outer()).__name__, Outer().__class__ is Outer)
print(Outer.__dict__["method"].__name__, "method" in Outer.__dict__, "__init__" in Outer.__dict__)
print(type(Outer.__dict__).__name__)
o = Outer()
o.x = 1
o.y = [2]
print(o.__dict__, vars(o), vars(o) is o.__dict__)
o.__dict__["z"] = 3
print(o.z)
names = dir(o)
print(names == sorted(names), [n for n in names if not n.startswith("__")], "__init__" in names)
print(isinstance(Outer, type), issubclass(Outer, object), Outer.__class__.__name__)
Dynamic = type("Dynamic", (Outer,), {"flag": True, "get": lambda self: "dyn"})
print(Dynamic.__name__, Dynamic.__bases__, Dynamic().get(), Dynamic().method(), Dynamic.flag)
