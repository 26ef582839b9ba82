def search(grid, target):
    for r, row in enumerate(grid):
        for c, value in enumerate(row):
            try:
                if value == target:
                    return (r, c)
                if value < 0:
                    break
            finally:
                print(f"  visited ({r},{c})")
    return None


grid = [[1, 2, -1, 9], [4, 5, 6], [7, 8, 9]]
print(search(grid, 5))
print(search(grid, 9))
print(search(grid, 42))


def while_with_finally():
    i = 0
    out = []
    while True:
        try:
            i += 1
            if i % 2:
                continue
            if i > 6:
                break
            out.append(i)
        finally:
            out.append("f")
    return out


print(while_with_finally())


def nested_loops_flag():
    found = None
    for a in range(1, 20):
        for b in range(a, 20):
            c2 = a * a + b * b
            c = int(c2 ** 0.5)
            if c * c == c2 and c < 20:
                found = (a, b, c)
                break
        else:
            continue
        break
    return found


print(nested_loops_flag())
