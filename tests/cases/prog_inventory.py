inventory = {}


def add(name, qty, price):
    item = inventory.setdefault(name, {"qty": 0, "price": price})
    item["qty"] += qty
    item["price"] = price


def remove(name, qty):
    if name not in inventory:
        raise KeyError(name)
    if inventory[name]["qty"] < qty:
        raise ValueError(f"only {inventory[name]['qty']} {name} left")
    inventory[name]["qty"] -= qty
    if inventory[name]["qty"] == 0:
        del inventory[name]


operations = [
    ("add", "apple", 10, 0.5), ("add", "pear", 4, 0.75), ("remove", "apple", 3),
    ("remove", "kiwi", 1), ("add", "apple", 5, 0.55), ("remove", "pear", 10),
    ("remove", "pear", 4), ("add", "plum", 12, 0.2),
]
for op in operations:
    kind, name, *args = op
    try:
        if kind == "add":
            add(name, *args)
        else:
            remove(name, *args)
        status = "ok"
    except (KeyError, ValueError) as e:
        status = f"{type(e).__name__}: {e}"
    print(f"{kind:<7}{name:<6}{str(args):<12}{status}")
print()
total = 0.0
for name, item in sorted(inventory.items()):
    value = item["qty"] * item["price"]
    total += value
    print(f"{name:<8}{item['qty']:>4} x {item['price']:.2f} = {value:6.2f}")
print(f"{'total':<8}{'':>14}{total:6.2f}")
