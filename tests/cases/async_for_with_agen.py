import types
def run(coro):
    try:
        while True:
            v = coro.send(None)
            print("loop got", v)
    except StopIteration as e:
        return e.value

class Yield:
    def __await__(self):
        yield "tick"

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("enter", self.name)
        await Yield()
        return self.name.upper()
    async def __aexit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        await Yield()
        return self.suppress

class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Yield()
        return self.i

async def agen(n):
    try:
        for i in range(n):
            await Yield()
            yield i * 10
    finally:
        print("agen finally")

async def main():
    async with CM("a") as x:
        print("body", x)
    async with CM("b", True):
        raise ValueError("oops")
    print("suppressed")
    try:
        async with CM("c"):
            raise KeyError("k")
    except KeyError as e:
        print("caught", repr(e))
    async for i in Counter(3):
        print("counter", i)
    else:
        print("else")
    async for v in agen(3):
        print("agen", v)
    print([x async for x in agen(2)])
    print({x: x async for x in Counter(2)})
    print([await f for f in [af(1), af(2)]])
    g = (x + 1 async for x in agen(2))
    print(type(g).__name__)
    async for y in g:
        print("genexp", y)
    return "done"

async def af(x):
    await Yield()
    return x

print(run(main()))
a = agen(2)
print(type(a).__name__, isinstance(a, types.AsyncGeneratorType))
n = a.__anext__()
print(type(n).__name__)
print(n.send(None))
try:
    n.send(None)
except StopIteration as e:
    print("stop", e.value)
try:
    n.send(None)
except RuntimeError as e:
    print(e)
c = a.aclose()
print(type(c).__name__)
try:
    c.send(None)
except StopIteration:
    print("closed")
try:
    a.__anext__().send(None)
except StopAsyncIteration:
    print("StopAsyncIteration")
