def make_counter():
    count = 0

    def increment(step=1):
        nonlocal count
        count += step
        return count

    return increment


c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(10), c2(), c1.__closure__[0].cell_contents, c2.__closure__[0].cell_contents)


def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]


print([m(10) for m in make_multipliers()])


def outer():
    x = "outer x"

    def middle():
        def inner():
            return x

        return inner

    return middle()()


print(outer())


def accumulate():
    total = []

    def add(v):
        total.append(v)
        return sum(total)

    return add


acc = accumulate()
print(acc(1), acc(2), acc(3))


def late_binding():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]


print(late_binding())


def shadow():
    value = 1

    def change():
        value = 2
        return value

    change()
    return value


print(shadow())
print(make_counter.__closure__, type(c1.__closure__).__name__, len(c1.__closure__))
print(c1.__code__.co_freevars, make_counter.__code__.co_cellvars)
