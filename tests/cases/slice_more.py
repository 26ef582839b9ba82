# slice objects: construction, attributes, indices(), comparison, hashing
s = slice(1, 10, 3)
print(s, s.start, s.stop, s.step, slice(None), slice(2, None), slice(1, 2, None) == slice(1, 2))
print(slice(1, 2) < slice(1, 3), slice(0, 5) > slice(0, 4, 1), slice(1) == slice(None, 1, None), slice(1) != 1)
print(s.indices(5), s.indices(100), slice(-1, -10, -2).indices(6), slice(None, None, -1).indices(0))
print(slice(-100, 100).indices(10), slice(5, 2).indices(10), slice(2 ** 70, None, -1).indices(4))
print(slice(None, None, 2 ** 70).indices(3), slice(1, 2).__reduce__())


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: slice())
attempt(lambda: slice(1, 2, 3, 4))
attempt(lambda: slice(1, 2).indices(-1))
attempt(lambda: slice(1, 2).indices(1.5))
attempt(lambda: slice(1, 2, 0).indices(5))
attempt(lambda: slice(1.5, 2).indices(5))
attempt(lambda: hash(slice(1, 2)))
attempt(lambda: slice(1, 2) < slice(1, None))
attempt(lambda: [1, 2, 3][1.5:])
attempt(lambda: [1, 2, 3][::0])
print([0, 1, 2, 3, 4][slice(1, None, 2)], (0, 1, 2, 3)[slice(-2, None)], range(10)[slice(2, 8, 3)])
