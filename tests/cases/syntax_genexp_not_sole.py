def f(x):
    return x


f(x for x in range(3), 1)
