import asyncio
import contextlib

@contextlib.asynccontextmanager
async def resource(name):
    print("open", name)
    try:
        yield name.upper()
    finally:
        await asyncio.sleep(0)
        print("close", name)

async def main():
    async with resource("db") as r:
        print("using", r)
    try:
        async with resource("file") as r:
            raise ValueError("oops")
    except ValueError as e:
        print("caught", e)
    async with contextlib.AsyncExitStack() as stack:
        a = await stack.enter_async_context(resource("a"))
        b = await stack.enter_async_context(resource("b"))
        print(a, b)
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), timeout=0.01)
    except asyncio.TimeoutError:
        print("get timed out", q.empty(), len(q._getters))
    t = asyncio.create_task(asyncio.sleep(0, "r"))
    t.add_done_callback(lambda t: print("done callback", t.result()))
    await t
    await asyncio.sleep(0)

asyncio.run(main())
