class P:
    __slots__ = ("x",)
p = P()
for i in range(3):
    p.x = i
    print(p.x)
def f(o):
    return o.x
for i in range(3):
    print(f(p))
