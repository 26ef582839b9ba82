a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, b)
c = dict(a)
c |= b
print(c)
c |= [("w", 0)]
print(c)
squares = {n: n * n for n in range(6)}
print(squares)
print({k: v for k, v in squares.items() if v % 2 == 0})
inverted = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inverted)
words = "apple avocado banana blueberry cherry".split()
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print(by_letter)
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print({(i, j): i * j for i in range(2) for j in range(2)})
try:
    a | [("k", 1)]
except TypeError as e:
    print("TypeError:", e)
