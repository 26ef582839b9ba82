x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 4
print(x)
x //= 5
print(x)
x %= 7
print(x)
x **= 10
print(x)
x /= 4
print(x, type(x).__name__)
counter = 0
for i in range(100):
    counter += i * i
print(counter)
total = 0
n = 1
while n < 10**15:
    total += n
    n *= 3
print(total, n)
print(sum(range(10**6)))
print(int.__add__(3, 4), (3).__mul__(4), (3).__rsub__(10))
