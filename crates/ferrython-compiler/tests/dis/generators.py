def gen(n):
    i = 0
    while i < n:
        received = yield i
        i += 1
    return i

def delegate():
    result = yield from gen(3)
    yield

genexp = (x for x in range(3) if x)
