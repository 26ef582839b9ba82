s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
data = list(range(10))
print(data[s], "abcdefghij"[s], tuple(data)[slice(3)], data[slice(None, None, -3)])
print(s.indices(5), slice(None).indices(10), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), repr(slice(0, None)))


class Recorder:
    def __getitem__(self, key):
        return key


r = Recorder()
print(r[1], r[1:2], r[::3], r[1:2, 3], r[..., 1], r[:, ::-1], r["k"])
print(r[-1:], r[:], r[1:2:None])
try:
    slice(0, 10, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
try:
    hash(slice(1))
except TypeError as e:
    print("TypeError:", e)
