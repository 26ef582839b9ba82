# Dict work with str and int keys: insert, lookup, `in`, get, setdefault,
# update, delete, iteration over keys/values/items, comprehensions.
# Only insertion order is relied on (str hashes are randomised per process).

import sys


def int_keys(n):
    d = {}
    for i in range(n):
        d[i * 7 % n] = i
    total = 0
    for i in range(0, n, 3):
        total += d[i]
    for i in range(n, n + n // 2):
        if i in d:
            total -= 1
        total += d.get(i, 1)
    for i in range(0, n, 2):
        del d[i]
    for k, v in d.items():
        total += k ^ v
    return total, len(d)


def str_keys(n):
    keys = ["key" + str(i) for i in range(n)]
    d = {}
    for i, k in enumerate(keys):
        d[k] = i
    total = 0
    for k in keys:
        total += d[k]
    for i in range(n):
        k = "k" + "ey" + str(i * 2)
        if k in d:
            total += 1
    counts = {}
    for k in keys:
        last = k[-1]
        counts[last] = counts.get(last, 0) + 1
    for v in counts.values():
        total += v * v
    return total, list(counts)[:5]


def grouping(n):
    groups = {}
    for i in range(n):
        groups.setdefault(i % 97, []).append(i)
    total = 0
    for k in groups:
        total += k * len(groups[k])
    squares = {i: i * i for i in range(n // 10)}
    merged = dict(squares)
    merged.update({i: -i for i in range(0, n // 10, 5)})
    total += sum(merged.values())
    inverted = {v: k for k, v in squares.items()}
    total += len(inverted) + inverted[81]
    return total


def nested(n):
    table = {}
    for i in range(n):
        row = table.setdefault("row%d" % (i % 50), {})
        row[i % 13] = row.get(i % 13, 0) + i
    total = 0
    for name, row in table.items():
        for col, val in row.items():
            total += col * val + len(name)
    return total


def main(n):
    print("dict_ops", int_keys(n), str_keys(n), grouping(n), nested(n))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 300000)
