def accumulator():
    total = 0
    try:
        while True:
            received = yield total
            print("  received", received)
            if received is None:
                continue
            total += received
    except GeneratorExit:
        print("  GeneratorExit, total was", total)
        raise
    finally:
        print("  cleanup")


acc = accumulator()
print(acc.send(None))
print(acc.send(10))
print(acc.send(5))
print(next(acc))
acc.close()
print("closed")
acc.close()
try:
    acc.send(1)
except StopIteration:
    print("send after close -> StopIteration")


def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("  caught inside:", e)
            yield "recovered"


c = catcher()
print(next(c))
print(c.throw(ValueError("injected")))
print(next(c))
try:
    c.throw(KeyError("not handled"))
except KeyError as e:
    print("propagated:", repr(e))
print(next(c, "finished"))
g = accumulator()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)


def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2


bad = ignores_exit()
next(bad)
try:
    bad.close()
except RuntimeError as e:
    print("RuntimeError:", e)
