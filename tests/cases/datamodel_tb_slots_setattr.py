class P:
    __slots__ = ("a",)
p = P()
p.b = 1
