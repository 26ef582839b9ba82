import sys


def gen(n):
    yield n
    yield from gen(n + 1)


count = 0
try:
    for v in gen(0):
        count += 1
except RecursionError as e:
    print("RecursionError:", e)
print("yielded more than 100:", count > 100)


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


sys.setrecursionlimit(3000)
big = fact(2500)
print(big % 1000003, big.bit_length())
sys.setrecursionlimit(1000)
try:
    fact(5000)
except RecursionError as e:
    print("RecursionError:", e)
try:
    str(10**5000)
except ValueError as e:
    print("ValueError:", e)
