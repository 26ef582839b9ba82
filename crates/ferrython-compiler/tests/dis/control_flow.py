def loops(items):
    for i in items:
        if i > 3:
            break
        elif i < 0:
            continue
    else:
        print("no break")
    while True:
        if check():
            break
    while a and not b or c:
        pass

def chained(a, b, c):
    return a < b <= c

def conditional(x):
    return "yes" if x else "no"

def bools(a, b, c):
    return a and b or c

def unpack(seq):
    a, *rest, z = seq
    (b, c), d = seq
    del a, rest[0], seq.attr
    assert b, "message"
    return -1, (1, 2), {**seq, 'k': 1}, [*seq, 2], {*seq}
