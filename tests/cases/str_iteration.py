text = "The rain in Spain stays mainly in the plain"
counts = {}
for ch in text.lower():
    if ch.isalpha():
        counts[ch] = counts.get(ch, 0) + 1
for ch in sorted(counts):
    print(ch, counts[ch], end="; ")
print()
vowels = sum(1 for c in text if c in "aeiouAEIOU")
print("vowels:", vowels)
words = text.split()
print(max(words, key=len), min(words, key=len), sorted(words, key=str.lower))
print([w for w in words if "ain" in w])
print({w: len(w) for w in words})
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else c for c in "hello, world")
print(caesar)
it = iter("ab")
print(next(it), next(it), next(it, "done"))
print(list(enumerate("xyz", 1)), list(zip("abc", "12")))
print("".join(sorted(set("mississippi"))), "mississippi".count("ss"))
