def count_up(n):
    print("  generator started")
    i = 0
    while i < n:
        print("  yielding", i)
        yield i
        i += 1
    print("  generator finished")


g = count_up(3)
print(type(g).__name__, g.__name__, g.__qualname__)
print(next(g))
print(next(g))
print(list(g))
print(list(g), next(g, "exhausted"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value, e.args)


def squares():
    for i in range(5):
        yield i * i


print(sum(squares()), max(squares()), list(zip(squares(), "abc")))
gen_expr = (c.upper() for c in "abc")
print(next(gen_expr), list(gen_expr))


def infinite():
    n = 0
    while True:
        yield n
        n += 1


taken = []
for v in infinite():
    if v > 5:
        break
    taken.append(v)
print(taken)


def with_return():
    yield 1
    return "result"


g = with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("return value:", e.value)
print(list(with_return()))
