matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix)
print([[matrix[r][c] for r in range(3)] for c in range(3)])
print({(r, c): matrix[r][c] for r in range(2) for c in range(2) if r != c})
print([x for x in [y for y in range(10) if y % 2] if x > 3])
print(sum(sum(row) for row in matrix), max(max(row) for row in matrix))
print(list({v % 3: v for v in range(10)}.items()))
gen = ((a, b) for a in range(3) for b in "xy")
print(next(gen), next(gen), list(gen))


class Scope:
    factor = 10
    items = [1, 2, 3]
    doubled = [v * 2 for v in items]


print(Scope.doubled)
try:
    class Broken:
        factor = 10
        scaled = [v * factor for v in range(3)]
except NameError as e:
    print("NameError:", e)
n = 100
print([n for n in range(3)], n)
print([[*row, sum(row)] for row in matrix])
print(sorted({c for word in ["hello", "world"] for c in word}))
print([i for i in range(3)] + [j for j in range(3, 6)])
