# list and tuple subclasses keep the native behaviour with their own class
class MyList(list):
    def total(self):
        n = 0
        for v in self:
            n += v
        return n


m = MyList([3, 1, 2])
print(m, type(m).__name__, m.total(), len(m), m[0], m[1:], type(m[1:]).__name__)
m.append(4)
m.sort()
print(m, list in type(m).__mro__, m == [1, 2, 3, 4], m + [5], type(m + [5]).__name__)
m.tag = "x"
print(m.tag, m.copy(), type(m.copy()).__name__)


class Stack(list):
    def __init__(self, *items):
        list.__init__(self, items)

    def push(self, v):
        self.append(v)

    def __repr__(self):
        return "Stack" + list.__repr__(self)


s = Stack(1, 2)
s.push(3)
print(s, s.pop(), s, list(s), list(s.__reversed__()))


class Point(tuple):
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]


p = Point(3, 4)
print(p, p.x, p[1], len(p), type(p).__name__, p == (3, 4), hash(p) == hash((3, 4)), p + (5,))
t = (1, 2)
print(tuple(t) is t, tuple([1, 2]) == t, tuple() is tuple(), t[:] is t, t * 1 is t)


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: list.__new__(tuple))
attempt(lambda: tuple.__new__(list))
attempt(lambda: list.append(1, 2))
attempt(lambda: list.__len__(()))
attempt(lambda: list(1, 2))
attempt(lambda: list(iterable=[1]))
attempt(lambda: tuple(5))
