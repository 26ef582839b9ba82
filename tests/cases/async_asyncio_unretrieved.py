import asyncio

async def boom():
    await asyncio.sleep(0)
    raise ValueError("boom")

async def main():
    asyncio.create_task(boom())
    await asyncio.sleep(0.01)
    print("main done")

asyncio.run(main())
print("after run")

async def never():
    return 1

async def main2():
    never()
    print("main2")

asyncio.run(main2())

