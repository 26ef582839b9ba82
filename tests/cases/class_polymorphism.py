class Shape:
    name = "shape"

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")

    def describe(self):
        return f"{self.name} with area {self.area():.2f}"

    def __lt__(self, other):
        return self.area() < other.area()


class Rect(Shape):
    name = "rectangle"

    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    name = "square"

    def __init__(self, side):
        super().__init__(side, side)


class Circle(Shape):
    name = "circle"

    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2


class Blob(Shape):
    pass


shapes = [Rect(2, 3), Square(2), Circle(1), Rect(1, 10)]
for s in shapes:
    print(s.describe())
print([type(s).__name__ for s in sorted(shapes)])
print(max(shapes).describe(), sum(s.area() for s in shapes))
print([isinstance(s, Rect) for s in shapes], issubclass(Square, Shape))
try:
    Blob().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Square.__mro__[1].__name__, Square(3).name, Rect.name, super(Square, Square(1)).area())
