async def f():
    [x for x in y]
    return [x async for x in y]
def g():
    return [x async for x in y]
