# list operators, item access and their exact error messages
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


a = [1, 2, 3]
print(a + [4], [0] * 3, 2 * [7, 8], a * 0, a * -1, [] * 5)
attempt(lambda: a + (4,))
attempt(lambda: a * 1.5)
attempt(lambda: a * (10 ** 30))
attempt(lambda: a[3])
attempt(lambda: a[-4])
attempt(lambda: a[10 ** 30])
attempt(lambda: a[1.0])
attempt(lambda: a[None])
print(a[-1], a[True], a[False])
b = a
b += (4, 5)
print(a, b is a)
b += range(6, 8)
print(a)
b *= 2
print(a, len(a))
b *= 0
print(a, b is a)


class Idx:
    def __init__(self, i):
        self.i = i

    def __index__(self):
        return self.i


c = [10, 20, 30, 40, 50]
print(c[Idx(1)], c[Idx(-1)], c[Idx(1):Idx(4)], c[::Idx(2)], c * Idx(2))
c[Idx(0)] = 11
print(c)
del c[Idx(0)]
print(c)


def setitem(i, v):
    c[i] = v


def delitem(i):
    del c[i]


attempt(lambda: setitem(10, 0))
attempt(lambda: delitem(-10))
attempt(lambda: setitem(None, 0))
attempt(lambda: delitem(1.5))
print([1, 2] == [1, 2], [1, 2] != [1, 2], [1, 2] == [1, 2, 3], [1] == (1,), [] == [])
print([1, 2] < [1, 3], [1, 2] <= [1, 2], [2] > [1, 9], [1, 2] >= [1, 2, 0], [] < [[]])
attempt(lambda: [1] < (1,))
attempt(lambda: [1, 2] < [1, None])
attempt(lambda: hash([]))
print(3 in [1, 2, 3], 4 not in [1, 2, 3], None in [None], [] in [[]])
print(not [], not [0], len([[], []]))
