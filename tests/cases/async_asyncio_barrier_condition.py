import asyncio

async def party(b, i):
    await asyncio.sleep(0.03 * i)
    print("arrive", i, b.n_waiting)
    idx = await b.wait()
    print("pass", i, idx)

async def main():
    b = asyncio.Barrier(3)
    print(b.parties, b.n_waiting, b.broken)
    await asyncio.gather(*(party(b, i) for i in range(3)))
    await asyncio.gather(*(party(b, i) for i in range(3)))
    async def stuck():
        try:
            await b.wait()
        except asyncio.BrokenBarrierError as e:
            print("broken", e)
    t = asyncio.create_task(stuck())
    await asyncio.sleep(0)
    await b.abort()
    await t
    print(b.broken)
    cond = asyncio.Condition()
    items = []
    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: items)
            print("consumer", n, items.pop())
    cs = [asyncio.create_task(consumer(i)) for i in range(2)]
    await asyncio.sleep(0)
    for x in "ab":
        async with cond:
            items.append(x)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*cs)

policy = asyncio.get_event_loop_policy()
print(type(policy).__name__)
asyncio.run(main())
loop = policy.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
loop.close()
