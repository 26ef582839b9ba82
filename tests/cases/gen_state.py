def gen():
    yield 1


g = gen()
print(g.gi_running, g.gi_frame is not None, g.gi_code.co_name)
next(g)
print(list(g), g.gi_frame)


def self_ref():
    yield next(me)


me = self_ref()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
it = iter(range(3))
print(next(it), list(it), list(it))
it2 = iter([1, 2, 3])
print(iter(it2) is it2, next(it2))


def counter():
    c = 0
    while True:
        cmd = yield c
        if cmd == "reset":
            c = 0
        elif cmd == "stop":
            return c
        else:
            c += 1


g = counter()
next(g)
print(g.send("inc"), g.send("inc"), g.send("reset"), g.send("inc"))
try:
    g.send("stop")
except StopIteration as e:
    print("stopped at", e.value)


def sentinel_iter():
    values = iter([5, 4, 0, 3])
    return iter(lambda: next(values), 0)


print(list(sentinel_iter()))
