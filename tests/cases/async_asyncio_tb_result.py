import asyncio

async def boom():
    await asyncio.sleep(0)
    raise KeyError("lost")

async def middle():
    await asyncio.create_task(boom())

async def main():
    t = asyncio.create_task(middle())
    await asyncio.sleep(0.01)
    print(t.done(), repr(t.exception()))
    return t

t = asyncio.run(main())
print(t)
t.result()
