# A class whose methods use super() (so they hold a __class__ cell pointing back at the class) is
# collected once it is garbage, even after attribute lookups filled its method cache.
import gc
import weakref

gc.collect()


class Base:
    def __init__(self):
        self.x = 1

    def describe(self):
        return "base"


class Child(Base):
    def __init__(self):
        super().__init__()

    def describe(self):
        return "child of " + super().describe()


c = Child()
print(c.describe(), c.x)
r = weakref.ref(Child, lambda wr: print("Child collected"))
del c, Child
print("gc.collect() ->", gc.collect())
print(r())
