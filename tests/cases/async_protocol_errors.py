def run(coro):
    try:
        while True:
            v = coro.send(None)
    except StopIteration as e:
        return e.value

class Yield:
    def __await__(self):
        yield "tick"

def attempt(label, coro):
    try:
        print(label, "->", run(coro))
    except Exception as e:
        print(label, "!", type(e).__name__, e, "| cause:", repr(e.__cause__))

class NoAiter: pass
class BadAiter:
    def __aiter__(self):
        return 1
class AnextNotAwaitable:
    def __aiter__(self): return self
    def __anext__(self): return 5
class NoAnext:
    def __aiter__(self): return self
class NoAexit:
    async def __aenter__(self): return 1
class AenterNotAwaitable:
    def __aenter__(self): return 1
    async def __aexit__(self, *a): pass
class AexitNotAwaitable:
    async def __aenter__(self): return 1
    def __aexit__(self, *a): return 1
class AwaitRetCoro:
    def __await__(self):
        return f()
class AwaitRetInt:
    def __await__(self):
        return 7

async def f():
    return 1

async def use_for(obj):
    async for x in obj:
        pass
async def use_with(obj):
    async with obj:
        pass
async def use_await(obj):
    return await obj

attempt("noaiter", use_for(NoAiter()))
attempt("badaiter", use_for(BadAiter()))
attempt("anext-int", use_for(AnextNotAwaitable()))
attempt("with-int", use_with(5))
attempt("noaexit", use_with(NoAexit()))
attempt("aenter-int", use_with(AenterNotAwaitable()))
attempt("aexit-int", use_with(AexitNotAwaitable()))
attempt("await-coro", use_await(AwaitRetCoro()))
attempt("await-int", use_await(AwaitRetInt()))
attempt("await-none", use_await(None))

async def waiter(c):
    return await c
async def slow():
    await Yield()
    return "slow"
s = slow()
w1 = waiter(s)
w1.send(None)
attempt("double-await", waiter(s))
print(run(w1))
attempt("reuse", waiter(s))

# async generator conversions
async def ag_stopiter():
    yield 1
    raise StopIteration
async def ag_stopasync():
    yield 1
    raise StopAsyncIteration
async def consume(ag):
    out = []
    async for v in ag:
        out.append(v)
    return out
attempt("ag-stopiter", consume(ag_stopiter()))
attempt("ag-stopasync", consume(ag_stopasync()))

async def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
            print("received", x)
    except ValueError as e:
        print("athrow caught", e)
        yield "after-throw"
    finally:
        print("echo finally")

async def drive():
    g = echo()
    print(await g.asend(None))
    print(await g.asend("a"))
    print(await g.asend("b"))
    print(await g.athrow(ValueError("bad")))
    await g.aclose()
    try:
        await g.asend("c")
    except StopAsyncIteration:
        print("closed gen: StopAsyncIteration")
    g2 = echo()
    await g2.__anext__()
    try:
        await g2.athrow(KeyError, "x")
    except KeyError as e:
        print("KeyError", e)
    print(g2.ag_running, g2.ag_frame)
    return "ok"
attempt("drive", drive())

async def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
async def drive2():
    g = ignore_exit()
    await g.__anext__()
    await g.aclose()
attempt("ignore-exit", drive2())

async def await_in_finally():
    try:
        yield 1
    finally:
        await Yield()
        print("finally awaited")
async def drive3():
    g = await_in_finally()
    await g.__anext__()
    await g.aclose()
    print("closed")
attempt("await-in-finally", drive3())

async def anext_twice():
    g = await_in_finally()
    a = g.__anext__()
    a.send(None) if False else None
    n1 = g.__anext__()
    try:
        n1.send(None)
    except StopIteration as e:
        print("first value", e.value)
    try:
        n1.send(None)
    except RuntimeError as e:
        print(e)
    c = g.aclose()
    c.send(None)
    try:
        g.aclose().send(None)
    except RuntimeError as e:
        print(e)
attempt("anext-twice", anext_twice())
