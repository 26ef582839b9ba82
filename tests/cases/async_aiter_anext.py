import asyncio
async def ag():
    yield 1
    await asyncio.sleep(0)
    yield 2
class Counter:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        await asyncio.sleep(0)
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n
async def main():
    a = ag()
    print(aiter(a) is a)
    print(await anext(a))
    print(await anext(a, 'dflt'))
    print(await anext(a, 'dflt'))
    try:
        await anext(a)
    except StopAsyncIteration:
        print('SAI')
    x = anext(a, 5)
    print(type(x).__name__)
    print(await x)
    c = Counter()
    print(await anext(c, 0), await anext(c, 0), await anext(c, 0))
    try:
        aiter(5)
    except TypeError as e:
        print(e)
    try:
        anext(5)
    except TypeError as e:
        print(e)
    class A:
        def __aiter__(self): return 1
    try:
        aiter(A())
    except TypeError as e:
        print(e)
    try:
        anext()
    except TypeError as e:
        print(e)
    try:
        anext(a, 1, 2)
    except TypeError as e:
        print(e)
asyncio.run(main())
