TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness.
"""


def words(text):
    for raw in text.split():
        word = raw.strip(".,;:!?").lower()
        if word:
            yield word


def frequencies(text):
    counts = {}
    for w in words(text):
        counts[w] = counts.get(w, 0) + 1
    return counts


counts = frequencies(TEXT)
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(f"{len(counts)} distinct words, {sum(counts.values())} total")
for word, n in ranked[:8]:
    print(f"{word:>12} {n:3d} {'#' * n}")
by_length = {}
for w in counts:
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    print(length, sorted(by_length[length]))
print("longest:", max(counts, key=lambda w: (len(w), w)))
