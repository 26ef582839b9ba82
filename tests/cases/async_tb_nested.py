class Yield:
    def __await__(self):
        yield "tick"

async def inner(x):
    await Yield()
    return 1 / x

async def middle(x):
    return await inner(x) + 1

async def outer():
    print(await middle(1))
    print(await middle(0))

c = outer()
while True:
    c.send(None)
