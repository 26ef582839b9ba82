class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"P({self.x},{self.y})"


pts = [Point(1, 2), Point(3, 4), Point(1, 2), Point(0, 0)]
unique = []
seen = set()
for p in pts:
    if p not in seen:
        seen.add(p)
        unique.append(p)
print(unique, len(seen), Point(3, 4) in seen)
index = {p: i for i, p in enumerate(pts)}
print(index)
print(pts.count(Point(1, 2)), pts.index(Point(0, 0)), Point(1, 2) in pts)
print(sorted(pts, key=lambda p: (p.x, p.y)))
print({Point(1, 1): "a"}.get(Point(1, 1)), {Point(1, 1): "a"}.get(Point(2, 2), "none"))
