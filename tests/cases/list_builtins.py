nums = [5, 3, 8, 1, 9, 2]
print(len(nums), sum(nums), min(nums), max(nums), sorted(nums), sorted(nums, reverse=True))
print(list(reversed(nums)), nums, list(enumerate(nums))[:3], any(n > 8 for n in nums), all(nums))
print(list(map(lambda n: n * 10, nums)), list(filter(lambda n: n % 2, nums)))
print(list(zip(nums, "abcdef")), list(zip(nums, [1])), [list(p) for p in zip(*[[1, 2], [3, 4]])])
print(list(range(3)), list("ab"), list((1, 2)), list({1: "a", 2: "b"}), list())
print([1, 2, 3].__repr__(), str([1.5, "s", None, True, (1,), [2]]))
stack = []
for i in range(4):
    stack.append(i)
while stack:
    print("pop", stack.pop(), end=" ")
print()
queue = [1, 2, 3]
while queue:
    print("dequeue", queue.pop(0), end=" ")
print()
print(type([]).__name__, isinstance([], list), [] == [], [] is [])
try:
    hash([])
except TypeError as e:
    print("TypeError:", e)
