class A:
    __slots__ = ("x", "y")
class B:
    __slots__ = ("x", "y")
    def __getattr__(self, name): return f"getattr {name}"
class C(A):
    pass
def read(o):
    try:
        return o.x
    except AttributeError as e:
        return f"AttributeError: {e}"
def write(o, v):
    o.x = v
objs = [A(), B(), C(), A()]
for round_ in range(3):
    for o in objs:
        print(type(o).__name__, read(o))
        write(o, round_)
a = objs[0]
a.__class__ = B
print(read(a))
del a.x
print(read(a))
c = objs[2]
for i in range(3):
    c.z = i
    print(c.z, c.x)
class P:
    __slots__ = ("x",)
    @property
    def v(self): return self.x * 2
p = P()
for i in range(3):
    p.x = i
    print(p.v)
A.x = 5
print(A().x, read(objs[3]))
