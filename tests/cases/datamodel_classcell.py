class Dropper(type):
    def __new__(mcls, name, bases, ns):
        ns = {k: v for k, v in ns.items() if k != "__classcell__"}
        return super().__new__(mcls, name, bases, ns)
try:
    class Uses(metaclass=Dropper):
        def f(self): return __class__
except RuntimeError as e:
    print("RuntimeError:", e)
class Swapper(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        return super().__new__(mcls, name + "2", bases, dict(ns))
try:
    class Swapped(metaclass=Swapper):
        def f(self): return __class__
except TypeError as e:
    print("TypeError:", e)
class Fine:
    def f(self): return __class__
    def g(self): return super().__repr__ is not None
print(Fine().f() is Fine, Fine().g())
def factory():
    class Inner:
        def who(self): return __class__.__qualname__
    return Inner
print(factory()().who())
try:
    type("X", (), {"__classcell__": 5})
except TypeError as e:
    print("TypeError:", e)
