import sys

old = sys.getrecursionlimit()
print(type(old).__name__, old)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())


def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


d = depth(0)
print("reached more than 100:", d > 100, "less than 200:", d < 200)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)

try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print("TypeError:", e)
