class Yield:
    def __await__(self):
        yield "tick"
async def agen():
    try:
        yield 1
        await Yield()
        yield 2
    finally:
        print("agen cleanup")
async def main():
    async for v in agen():
        print(v)
        raise ValueError("in loop")
c = main()
c.send(None)
c.send(None)
