import sys

total = 0
for lineno, line in enumerate(sys.stdin, 1):
    line = line.rstrip("\n")
    if not line:
        print(lineno, "(blank)")
        continue
    value = int(line)
    total += value
    print(lineno, value, total)
print("total", total)
