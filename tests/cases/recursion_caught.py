def infinite(n):
    return infinite(n + 1)


try:
    infinite(0)
except RecursionError as e:
    print("RecursionError:", e)
    print(type(e).__name__, isinstance(e, RuntimeError), e.args)


def mutual_a(n):
    return mutual_b(n + 1)


def mutual_b(n):
    return mutual_a(n + 1)


try:
    mutual_a(0)
except RecursionError as e:
    print("mutual:", e)


def depth_reached():
    count = 0

    def go():
        nonlocal count
        count += 1
        go()

    try:
        go()
    except RecursionError:
        return count


d = depth_reached()
print("depth is between 900 and 1000:", 900 < d < 1000)
print("still works after recovering:", sum(range(10)))
