class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"

    def __format__(self, spec):
        if spec == "polar":
            return f"r={(self.x ** 2 + self.y ** 2) ** 0.5:.3f}"
        return format(str(self), spec)


p = Point(3, 4)
print(f"{p}", f"{p!r}", f"{p!s}", f"{p:polar}", f"[{p:>12}]")
print("{}".format(p), "{!r}".format(p), "{:polar}".format(p), format(p, "<10") + "|")
print(str(p), repr(p), [p], (p,), {"p": p})
pts = [Point(i, i * i) for i in range(3)]
print(pts)
print(f"{pts[1].x=}", f"{p.y:03d}")
