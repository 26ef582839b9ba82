rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 2.125), ("kiwi", 7, 10.0)]
header = f"{'item':<10}{'qty':>5}{'price':>9}{'total':>10}"
print(header)
print("-" * len(header))
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<10}{qty:>5d}{price:>9.2f}{total:>10.2f}")
print("=" * len(header))
print(f"{'TOTAL':<10}{sum(r[1] for r in rows):>5d}{'':>9}{grand:>10.2f}")
print("%-10s%5d%9.2f" % ("avg", sum(r[1] for r in rows) // len(rows), grand / len(rows)))
print("{:<10}{:>5}".format("count", len(rows)))
for i in range(1, 6):
    print(" ".join(f"{i * j:3d}" for j in range(1, 6)))
