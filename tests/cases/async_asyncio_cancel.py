import asyncio

async def slow(name, delay):
    try:
        print(name, "start")
        await asyncio.sleep(delay)
        print(name, "finished")
        return name
    except asyncio.CancelledError as e:
        print(name, "cancelled", repr(e))
        raise
    finally:
        print(name, "finally")

async def main():
    t = asyncio.create_task(slow("t1", 10))
    await asyncio.sleep(0)
    print(t.cancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaited cancelled task", repr(e))
    print(t.cancelled(), t.done())
    try:
        print(await asyncio.wait_for(slow("t2", 10), timeout=0.01))
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__, type(e.__cause__).__name__)
    print(await asyncio.wait_for(slow("t3", 0), timeout=1))
    try:
        async with asyncio.timeout(0.01):
            await slow("t4", 10)
    except TimeoutError:
        print("timeout ctx")
    t5 = asyncio.create_task(slow("t5", 10))
    await asyncio.sleep(0)
    t5.cancel("bye")
    try:
        await t5
    except asyncio.CancelledError as e:
        print("msg", e.args)
    res = await asyncio.gather(slow("g1", 0), asyncio.sleep(0, "x"), return_exceptions=True)
    print(res)
    async def boom(n):
        await asyncio.sleep(0)
        raise ValueError(f"boom {n}")
    res = await asyncio.gather(boom(1), slow("g2", 0), return_exceptions=True)
    print(res)
    try:
        await asyncio.gather(boom(2), slow("g3", 0.01))
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(0.05)
    print(asyncio.current_task().get_name())
    print(type(asyncio.get_running_loop()).__name__)
    print(asyncio.get_event_loop() is asyncio.get_running_loop())
    loose = asyncio.create_task(slow("loose", 10))
    await asyncio.sleep(0)
    print("main returns")
    return "main result"

print(asyncio.run(main()))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
try:
    asyncio.run(5)
except ValueError as e:
    print(e)
