import asyncio

async def worker(name, delay):
    print(f"{name} start")
    await asyncio.sleep(delay)
    print(f"{name} end")
    return name.upper()

async def main():
    results = await asyncio.gather(worker("a", 0.06), worker("b", 0.03), worker("c", 0))
    print(results)
    t = asyncio.create_task(worker("d", 0))
    print("created")
    await asyncio.sleep(0)
    print("after sleep0")
    print(await t)
    return 42

print(asyncio.run(main()))
