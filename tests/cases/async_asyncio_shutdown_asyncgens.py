import asyncio

async def numbers():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print("numbers closing")
        await asyncio.sleep(0)
        print("numbers closed")

keep = None

async def main():
    global keep
    keep = numbers()
    async for x in keep:
        print("x", x)
        if x == 1:
            break
    print("main ends")

asyncio.run(main())
print("after run")
