import asyncio

async def agen():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print("agen cleanup")

async def fail(n, delay):
    await asyncio.sleep(delay)
    raise ValueError(f"fail {n}")

async def ok(delay):
    try:
        await asyncio.sleep(delay)
        print("ok done")
    except asyncio.CancelledError:
        print("ok cancelled")
        raise

async def main():
    async for x in agen():
        print("got", x)
        if x == 2:
            break
    print("after loop")
    await asyncio.sleep(0)
    print("after sleep")
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(asyncio.sleep(0.001 * i, i)) for i in range(3)]
    print([t.result() for t in ts])
    print(asyncio.iscoroutinefunction(main), asyncio.iscoroutinefunction(print), asyncio.iscoroutine(agen()))
    c = ok(0)
    print(asyncio.iscoroutine(c))
    await c
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.01, fut.set_result, "late")
    print(await fut, fut)
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0.001, "a")), asyncio.create_task(asyncio.sleep(1, "b"))], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [d.result() for d in done])
    for p in pending:
        p.cancel()
    for coro in asyncio.as_completed([asyncio.sleep(0.09, 3), asyncio.sleep(0.03, 1), asyncio.sleep(0.06, 2)]):
        print("as_completed", await coro)
    s = asyncio.shield(asyncio.sleep(0.01, "shielded"))
    print(await s)
    print(await asyncio.to_thread(sum, [1, 2, 3]))

asyncio.run(main())
