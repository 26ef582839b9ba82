def inner():
    x = yield "inner-1"
    print("  inner got", x)
    y = yield "inner-2"
    print("  inner got", y)
    return f"inner result ({x}, {y})"


def outer():
    result = yield from inner()
    print("  outer got", result)
    yield "outer-done"
    return "outer result"


g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    next(g)
except StopIteration as e:
    print("final:", e.value)


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1, 2], "ab", range(3), (x * 10 for x in range(2)))))


def tree(depth):
    if depth == 0:
        yield "leaf"
        return
    yield f"node{depth}"
    yield from tree(depth - 1)
    yield from tree(depth - 1)


print(list(tree(2)))


def delegating_thrower():
    try:
        yield from inner()
    except ValueError as e:
        yield f"outer handled {e}"


d = delegating_thrower()
print(next(d), d.throw(ValueError("into inner")))
