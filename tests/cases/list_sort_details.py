records = [("x", 3), ("y", 1), ("z", 3), ("w", 2), ("v", 1)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
data = [5, 2, 9, 1]
result = data.sort()
print(result, data)
words = ["b", "A", "c", "B", "a"]
print(sorted(words), sorted(words, key=str.casefold), sorted(words, key=lambda w: (w.lower(), w)))
nums = [-3, 2, -1, 4]
print(sorted(nums, key=abs), max(nums, key=abs), min(nums, key=abs))
matrix = [[3, 1], [1, 2], [2, 0], [1, 1]]
print(sorted(matrix), sorted(matrix, key=lambda r: r[1]))
try:
    [3, 1, 2].sort(lambda a, b: a - b)
except TypeError as e:
    print("TypeError:", e)
lst = [3, 1, 2]
try:
    lst.sort(key=lambda v: 1 / (v - 1))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, lst)
