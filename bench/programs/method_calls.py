# Classes with method calls and attribute access: instance attributes,
# bound-method calls, inheritance and overriding, super(), class attributes,
# properties, staticmethod/classmethod.

import sys


class Point:
    count = 0

    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1

    def add(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def scale(self, k):
        self.x *= k
        self.y *= k
        return self

    def norm1(self):
        return abs(self.x) + abs(self.y)

    @property
    def total(self):
        return self.x + self.y

    @staticmethod
    def origin():
        return Point(0, 0)

    @classmethod
    def made(cls):
        return cls.count


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def norm1(self):
        return super().norm1() + abs(self.z)


class Counter:
    def __init__(self):
        self.n = 0
        self.step = 1

    def inc(self):
        self.n += self.step

    def get(self):
        return self.n


class Shape:
    def area(self):
        return 0

    def describe(self):
        return self.area() * 2 + self.sides()


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def sides(self):
        return 4


class Tri(Shape):
    def __init__(self, b, h):
        self.b = b
        self.h = h

    def area(self):
        return self.b * self.h // 2

    def sides(self):
        return 3


def main(n):
    c = Counter()
    for _ in range(n):
        c.inc()
        c.inc()
    acc = Point.origin()
    for i in range(n // 4):
        p = Point(i, -i // 2)
        acc = acc.add(p).scale(1)
        if i % 100 == 0:
            acc = Point(acc.x % 1000, acc.y % 1000)
    total = acc.total + c.get()
    shapes = [Square(i % 10) if i % 3 else Tri(i % 7, i % 5) for i in range(100)]
    for _ in range(n // 200):
        for s in shapes:
            total += s.describe()
    for i in range(n // 8):
        q = Point3(i, i + 1, -i)
        total += q.norm1() - q.x
    print("method_calls", total, Point.made(), c.n, acc.x, acc.y)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 700000)
