a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::2], a[::-1], a[1:8:3], a[8:2:-2], a[-1:-4:-1])
print(a[100:], a[5:2], a[:], a[:] is a, a[-100:2])
b = a[:]
b[2:5] = ["x", "y"]
print(b)
b[:0] = [-1]
print(b)
b[len(b):] = [100, 101]
print(b)
b[1:3] = []
print(b)
b[::2] = [0] * len(b[::2])
print(b)
c = list(range(10))
del c[::3]
print(c)
del c[1:3]
print(c)
del c[-1]
print(c)
d = list(range(6))
d[1:5] = range(3)
print(d)
d[2:2] = "ab"
print(d)
try:
    d[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    d[0:2] = 5
except TypeError as e:
    print("TypeError:", e)
e = [1, 2, 3]
e[1:2] = e
print(e)
