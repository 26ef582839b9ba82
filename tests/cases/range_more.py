r = range(-10, 10, 3)
print(list(r), len(r), r[0], r[-1], r.index(-4), r.count(5), 5 in r, -7 in r)
print(list(range(10, -10, -4)), range(10, -10, -4)[1:3], list(range(0, -5, -1)))
print(range(0, 10, 2)[::-1], list(range(0, 10, 2)[::-1]), range(0, 100)[10:20:5])
print(range(5) == range(0, 5, 1), range(2, 2) == range(3, 3), range(0, 5, 2) != range(0, 6, 2))
big = range(0, 10**18, 7)
print(len(big), big[10**15], 7 * 10**15 in big, 7 * 10**15 + 1 in big)
print(sum(range(1, 1001, 2)), list(map(lambda i: i * i, range(5))), tuple(range(3)))
total = 0
for i in range(100, 0, -7):
    total += i
print(total)
print(repr(range(3)), str(range(-1, 1)), range(3).__len__(), reversed(range(3)).__class__.__name__)
