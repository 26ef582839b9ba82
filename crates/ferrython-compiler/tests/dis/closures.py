def counter():
    count = 0
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment

def shadow(x):
    def g():
        return x
    x = 2
    return g

def uses_global():
    global G
    G = 1
    return G

def arg_cell(a):
    return lambda: a
