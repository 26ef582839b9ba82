import asyncio

class ACM:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("enter", self.name)
        await asyncio.sleep(0)
        return self
    async def __aexit__(self, *exc):
        await asyncio.sleep(0)
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False

async def ticker(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)

async def early_return():
    async with ACM("r"):
        return "returned"

async def loop_control():
    out = []
    for i in range(4):
        async with ACM(f"l{i}"):
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
    return out

async def nested():
    async with ACM("a") as a, ACM("b") as b:
        print("body", a.name, b.name)

async def comprehensions():
    evens = [x async for x in ticker(6) if x % 2 == 0]
    pairs = [(x, y) async for x in ticker(2) for y in range(2)]
    sq = {x: x * x async for x in ticker(3)}
    st = {x async for x in ticker(3)}
    awaited = [await asyncio.sleep(0, x) for x in range(3)]
    gen = (x * 10 async for x in ticker(3))
    collected = []
    async for v in gen:
        collected.append(v)
    return evens, pairs, sq, sorted(st), awaited, collected

async def fstring():
    return f"value={await asyncio.sleep(0, 7)}"

async def recursive(n):
    if n == 0:
        return 0
    return 1 + await recursive(n - 1)

async def main():
    print(await early_return())
    print(await loop_control())
    await nested()
    print(await comprehensions())
    print(await fstring())
    print(await recursive(200))
    try:
        async for x in ACM("x"):
            pass
    except TypeError as e:
        print(e)
    async def failing():
        async with ACM("f"):
            raise ValueError("inside")
    try:
        await failing()
    except ValueError as e:
        print("caught", e)

asyncio.run(main())
