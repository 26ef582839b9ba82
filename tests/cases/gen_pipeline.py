def read_records(lines):
    for line in lines:
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


def parse(records):
    for rec in records:
        name, qty, price = rec.split(",")
        yield name, int(qty), float(price)


def expensive(items, threshold):
    for name, qty, price in items:
        if qty * price > threshold:
            yield name, qty * price


raw = """
# inventory
widget,10,2.5
gadget,3,19.99
# comment
doohickey,100,0.1
thing,1,100.0
""".splitlines()
for name, total in expensive(parse(read_records(raw)), 20):
    print(f"{name:<10}{total:>8.2f}")
gen = parse(read_records(raw))
print(type(gen).__name__, next(gen))
print(sum(q for _, q, _ in parse(read_records(raw))))


def windowed(seq, n):
    window = []
    for x in seq:
        window.append(x)
        if len(window) > n:
            window.pop(0)
        if len(window) == n:
            yield tuple(window)


print(list(windowed(range(6), 3)))
evens = (x for x in range(10) if x % 2 == 0)
doubled = (x * 2 for x in evens)
print(list(doubled), list(doubled))
