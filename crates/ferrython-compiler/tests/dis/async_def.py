async def fetch(session, url):
    async with session.get(url) as response:
        return await response.text()

async def agen(source):
    async for item in source:
        if item:
            continue
        yield item
    else:
        pass

async def comprehensions(aiter, xs):
    a = [x async for x in aiter]
    b = [await x for x in xs]
    c = (x async for x in aiter)
    return a, b, c
