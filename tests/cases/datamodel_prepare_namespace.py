class Recording(dict):
    def __setitem__(self, k, v):
        print("ns set", k)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print("ns get", k)
        return super().__getitem__(k)
    def __missing__(self, k):
        print("ns missing", k)
        raise KeyError(k)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return Recording()
    def __new__(mcls, name, bases, ns, **kw):
        print("ns type", type(ns).__name__)
        return super().__new__(mcls, name, bases, dict(ns))
x = "global x"
class C(metaclass=Meta):
    a = 1
    b = a + 1
    c = x
    def f(self): pass
print(C.b, C.c)
class AutoNum(dict):
    def __init__(self):
        super().__init__()
        self.n = 0
    def __missing__(self, key):
        if key.startswith("__"):
            raise KeyError(key)
        self.n += 1
        self[key] = self.n
        return self.n
class EnumMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return AutoNum()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))
class Color(metaclass=EnumMeta):
    RED
    GREEN
    BLUE
print(Color.RED, Color.GREEN, Color.BLUE)
class NotDictMapping:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
class M2(type):
    @classmethod
    def __prepare__(mcls, name, bases): return NotDictMapping()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns.d)
class D(metaclass=M2):
    z = 3
print(D.z)
class M3(type):
    @classmethod
    def __prepare__(mcls, name, bases): return NotDictMapping()
try:
    class E(metaclass=M3):
        pass
except TypeError as e:
    print("TypeError:", e)
