import asyncio, sys

async def cleanup():
    try:
        await asyncio.sleep(10)
    finally:
        print("cleanup ran")

async def main():
    asyncio.sleep(1)
    asyncio.create_task(cleanup())
    await asyncio.sleep(0)
    print("exiting")
    sys.exit(3)

asyncio.run(main())
