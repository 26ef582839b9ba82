import sys

text = sys.stdin.read()
lines = text.splitlines()
words = text.split()
print("lines:", len(lines), "words:", len(words), "chars:", len(text))
longest = max(lines, key=len)
print("longest line:", repr(longest), len(longest))
letters = [c.lower() for c in text if c.isalpha()]
freq = {}
for c in letters:
    freq[c] = freq.get(c, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("top letters:", top)
for i, line in enumerate(lines, 1):
    if line.strip():
        print(f"{i:>3}: {line[:30]:<30} | {len(line.split())} words")
print("capitalized:", sorted({w.strip(".,") for w in words if w[:1].isupper()}))
