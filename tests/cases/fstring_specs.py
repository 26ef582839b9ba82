value = 3.14159265
width, precision = 12, 3
print(f"[{value:{width}.{precision}f}]")
print(f"[{value:>{width}}]")
print(f"[{'text':{'^'}{width}}]")
print(f"[{42:{'0'}{8}d}]")
for w in (4, 6, 8):
    print(f"[{'ab':*<{w}}] [{7:#0{w}x}]")
print(f"[{'left':<10}] [{'right':>10}] [{'mid':^10}] [{'fill':-^11}]")
print(f"[{12:4}] [{-12:<5}] [{12:^6}] [{12:=+6}] [{'s':5}]")
print(f"[{1234.5:,.1f}] [{0.000123:.2e}] [{42:b}] [{255:o}] [{255:#X}]")
print(f"[{'truncate me':.5}] [{'pad':10.2}]")
print(f"[{3:+}] [{3:-}] [{3: }] [{-3: }]")
print(f"[{12.0:g}] [{1e20:g}] [{float('nan'):f}] [{float('inf'):+}]")
fmt = "^9"
print(f"[{'dyn':{fmt}}]")
try:
    f"{3:abc}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{'s':d}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{3.5:d}"
except ValueError as e:
    print("ValueError:", e)
