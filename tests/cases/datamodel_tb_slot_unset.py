class P:
    __slots__ = ("a",)
p = P()
print(p.a)
