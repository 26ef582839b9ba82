import asyncio

async def never_started():
    print("should not print")

async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError:
        print(name, "got cancelled")
        raise

async def swallow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("swallowed")
    return "survived"

async def main():
    t = asyncio.create_task(never_started())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before start", t.cancelled())
    t = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled(), t.cancelling())
    g = asyncio.gather(child("a", 1), child("b", 1))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())
    g = asyncio.gather(child("c", 1), child("d", 0.01), return_exceptions=True)
    await asyncio.sleep(0)
    tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    for tk in tasks:
        if tk.get_coro().cr_frame and "c" in repr(tk):
            pass
    first = sorted(tasks, key=lambda t: t.get_name())[0]
    first.cancel("stop c")
    print(await g)
    inner = asyncio.create_task(child("shielded", 0.01))
    outer = asyncio.create_task(asyncio.shield(inner) if False else child("x", 0))
    s = asyncio.shield(inner)
    s.cancel()
    print(s.cancelled(), inner.cancelled())
    print(await inner)
    async def waits_on_cancel():
        try:
            await asyncio.wait_for(child("w", 10), 0.01)
        except TimeoutError as e:
            print("timeout", repr(e.__cause__))
    await waits_on_cancel()
    async def nested_timeouts():
        try:
            async with asyncio.timeout(0.05) as outer_t:
                try:
                    async with asyncio.timeout(0.01) as inner_t:
                        await asyncio.sleep(1)
                except TimeoutError:
                    print("inner expired", inner_t.expired(), outer_t.expired())
                await asyncio.sleep(1)
        except TimeoutError:
            print("outer expired", outer_t.expired())
    await nested_timeouts()
    await outer

asyncio.run(main())
