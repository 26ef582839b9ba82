# slice reads, assignment and deletion with every kind of step
a = list(range(10))
for s in [slice(None), slice(2, 8), slice(None, None, 3), slice(8, 1, -2), slice(-3, None), slice(None, -7, -1), slice(100, None), slice(-100, 3), slice(None, None, -4)]:
    print(s, a[s], s.indices(len(a)))
b = list(range(8))
b[1:3] = [10, 20, 30, 40]
print(b)
b[5:2] = [7]
print(b)
b[-2:] = []
print(b)
b[::-3] = [0, 0, 0]
print(b)
b[:] = range(3)
print(b)
b[1:1] = b
print(b)
b[::2] = [9] * len(b[::2])
print(b)


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


def assign(s, v):
    b[s] = v


attempt(lambda: assign(slice(None, None, 2), [1, 2]))
attempt(lambda: assign(slice(None, None, 2), 5))
attempt(lambda: assign(slice(0, 1), 5))
attempt(lambda: assign(slice(None, None, 0), []))
attempt(lambda: assign(slice("a", None), []))
c = list(range(12))
del c[::4]
print(c)
del c[::-3]
print(c)
del c[2:100]
print(c)
del c[:]
print(c)
d = list(range(6))
del d[5:1:-2]
print(d)
e = [1, 2, 3]
e[3:] = e
print(e)
print(a[1:9:2][::-1], a[::-1][::-1] == a, a[5:5], a[-1:-1:-1])
