# String work: building with += and join, split/join, common str methods,
# f-strings with format specs, str(int), slicing, `in`, comparisons.

import sys

WORDS = ["alpha", "Beta", "gamma", "DELTA", "epsilon", "zeta", "Eta", "theta",
         "iota", "kappa", "Lambda", "mu", "nu", "xi", "omicron", "pi"]


def checksum(s):
    # Deterministic (unlike hash(), which is randomised per process for str).
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) & 0xFFFFFF
    return h


def build_lines(n):
    lines = []
    for i in range(n):
        w = WORDS[i % len(WORDS)]
        lines.append(f"{i:05d}|{w:<8}|{i * 3.5:.2f}|{w.upper()}|{i % 7}")
    return lines


def process(lines):
    total = 0
    caps = 0
    found = 0
    out = []
    for line in lines:
        fields = line.split("|")
        num, word, price, upper, bucket = fields
        word = word.strip()
        if word == upper:
            caps += 1
        if word.startswith("e") or upper.endswith("A"):
            found += 1
        total += int(num) + len(price) + int(bucket)
        if "ta" in word:
            word = word.replace("ta", "TA")
        out.append(word.capitalize() + ":" + price[-4:])
    joined = ",".join(out)
    return total, caps, found, joined


def concat(n):
    s = ""
    for i in range(n):
        s += str(i)
        if len(s) > 200:
            s = s[100:]
    return s


def misc(n):
    count = 0
    text = " ".join(WORDS) * 4
    for i in range(n):
        w = WORDS[i % len(WORDS)]
        count += text.find(w) + text.count(w[:2])
        if w.isalpha() and not w.isdigit():
            count += 1
        parts = ("%s-%d" % (w, i)).partition("-")
        count += len(parts[0]) + len(parts[2])
        if w < "m":
            count += 1
    return count


def main(n):
    lines = build_lines(n)
    total, caps, found, joined = process(lines)
    tail = concat(n * 2)
    m = misc(n)
    words = joined.split(",")
    rebuilt = "\n".join(reversed(words))
    print("string_ops", total, caps, found, len(joined), checksum(joined[-2000:]),
          checksum(tail), m, len(rebuilt.splitlines()))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 130000)
