print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a", "c"))
print(max([], default="empty"), min([], default=None), max([1, 2], default=0))
words = ["kiwi", "banana", "fig", "cherry"]
print(max(words, key=len), min(words, key=len), max(words), min(words, key=lambda w: w[-1]))
print(max([(1, "b"), (1, "a"), (0, "z")]), max(1, 2.5), min(-0.0, 0), max(0, -0.0))
print(max([3, 3.0]), max([3.0, 3]), min([2, 1, 1.0]))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1, 0.2]), sum([[1], [2]], []), sum(()), sum(range(5), start=100))
print(sum([1.5, 2.5]), sum([True, True]), sum((x * x for x in range(4))))
for bad in (lambda: min([]), lambda: max(), lambda: sum(["a", "b"], ""), lambda: max(1), lambda: min(1, 2, key=5)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
