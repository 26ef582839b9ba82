class Num:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Num({self.v})"

    def __add__(self, other):
        print(f"{self}.__add__({other!r})")
        if isinstance(other, Num):
            return Num(self.v + other.v)
        if isinstance(other, int):
            return Num(self.v + other)
        return NotImplemented

    def __radd__(self, other):
        print(f"{self}.__radd__({other!r})")
        return Num(other + self.v)

    def __rsub__(self, other):
        print(f"{self}.__rsub__({other!r})")
        return Num(other - self.v)

    def __rtruediv__(self, other):
        return Num(other / self.v)

    def __lt__(self, other):
        print(f"{self}.__lt__({other!r})")
        return self.v < (other.v if isinstance(other, Num) else other)

    def __gt__(self, other):
        print(f"{self}.__gt__({other!r})")
        return self.v > (other.v if isinstance(other, Num) else other)


class SubNum(Num):
    def __radd__(self, other):
        print(f"{self}.SubNum.__radd__({other!r})")
        return SubNum(other.v + self.v + 1000)


print(Num(1) + Num(2))
print(Num(1) + 5)
print(5 + Num(1))
print(10 - Num(3))
print(1 / Num(4))
print(sum([Num(1), Num(2), Num(3)]))
print(Num(1) + SubNum(2))
print(3 < Num(5))
print(Num(1) < Num(2))
try:
    "s" + Num(1)
except TypeError as e:
    print("TypeError:", e)
