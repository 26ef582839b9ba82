class Yield:
    def __init__(self, v="tick"):
        self.v = v
    def __await__(self):
        return (yield self.v)

async def worker():
    try:
        x = await Yield(1)
        print("worker got", x)
        y = await Yield(2)
        print("worker got", y)
    except KeyError as e:
        print("worker caught", repr(e))
        await Yield("after catch")
    finally:
        print("worker finally")
    return "end"

c = worker()
try:
    c.send(5)
except TypeError as e:
    print(e)
print(c.send(None))
print(c.send("a"))
print(c.throw(KeyError("k")))
try:
    c.send(None)
except StopIteration as e:
    print("stop", e.value)
print(c.cr_frame, c.cr_running, c.cr_await, c.cr_suspended)

c = worker()
c.send(None)
print(type(c.cr_await).__name__, c.cr_suspended)
try:
    c.throw(ValueError, ValueError("v"), None)
except ValueError as e:
    print("propagated", e)
try:
    c.send(None)
except RuntimeError as e:
    print(e)

c = worker()
c.send(None)
c.close()
c.close()
try:
    c.throw(KeyError)
except RuntimeError as e:
    print("throw after close:", e)

async def reentrant():
    await Yield()
    me.send(None)
me = reentrant()
me.send(None)
try:
    me.send(None)
except ValueError as e:
    print(e)

async def agen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("agen caught", e)
        yield "recovered"
    finally:
        print("agen finally")

def drive(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value

g = agen()
print(drive(g.__anext__()))
print(drive(g.athrow(ValueError, ValueError("bad"), None)))
try:
    drive(g.athrow(KeyError("x")))
except KeyError as e:
    print("athrow propagated", repr(e))
try:
    drive(g.__anext__())
except StopAsyncIteration:
    print("exhausted")
print(drive(g.aclose()))
g = agen()
a1 = g.__anext__()
print(drive(a1))
try:
    drive(a1)
except RuntimeError as e:
    print(e)
t = g.athrow(ValueError)
print(drive(t))
try:
    drive(t)
except RuntimeError as e:
    print(e)
print(g.ag_running, g.ag_await, g.ag_code.co_name, g.__name__, g.__qualname__)
aw = g.asend(None)
print(aw.close(), type(aw).__name__)
try:
    aw.send(None)
except RuntimeError as e:
    print(e)
g2 = agen()
try:
    g2.asend(1).send(None)
except TypeError as e:
    print(e)
try:
    g2.athrow(ValueError).send(1)
except RuntimeError as e:
    print(e)
