class Loop:
    def __repr__(self):
        return f"Loop({self!r})"


try:
    repr(Loop())
except RecursionError as e:
    print("repr:", e)


class Chain:
    @property
    def value(self):
        return self.value


try:
    Chain().value
except RecursionError as e:
    print("property:", e)


class Eq:
    def __eq__(self, other):
        return self == other


try:
    Eq() == Eq()
except RecursionError as e:
    print("eq:", e)
lst = [1, 2]
lst.append(lst)
d = {"self": None}
d["self"] = d
print(lst, d, str(lst))


def accumulate(n):
    return 0 if n == 0 else n + accumulate(n - 1)


print(accumulate(500))
