def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"


print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(punct=".", name="Di"))


def collect(first, *args, **kwargs):
    return first, args, kwargs


print(collect(1))
print(collect(1, 2, 3))
print(collect(1, 2, x=3, y=4))
print(collect(*range(4), **{"k": "v"}))


def kwonly(a, *, b, c=3):
    return a, b, c


print(kwonly(1, b=2), kwonly(1, c=4, b=5))


def posonly(a, b, /, c, *, d):
    return a, b, c, d


print(posonly(1, 2, 3, d=4), posonly(1, 2, c=3, d=4))


def everything(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, kw


print(everything(1, d=4))
print(everything(1, 2, 3, 4, 5, d=6, f=7))
counter_default = []


def remember(x, seen=counter_default):
    seen.append(x)
    return len(seen)


print(remember("a"), remember("b"), counter_default)
