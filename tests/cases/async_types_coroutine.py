import types

@types.coroutine
def legacy():
    x = yield "from legacy"
    return x * 2

async def modern():
    v = await legacy()
    return v + 1

c = modern()
print(c.send(None))
try:
    c.send(20)
except StopIteration as e:
    print("result", e.value)
print(legacy.__code__.co_flags & 0x100)
g = legacy()
print(type(g).__name__)
next(g)
g.close()

def plain():
    yield
async def uses_plain():
    await plain()
try:
    uses_plain().send(None)
except TypeError as e:
    print(e)

async def coro():
    return 5
def gen_yf():
    yield from coro()
try:
    list(gen_yf())
except TypeError as e:
    print(e)

@types.coroutine
def gen_yf_ok():
    return (yield from coro())
async def outer():
    return await gen_yf_ok()
try:
    outer().send(None)
except StopIteration as e:
    print("ok", e.value)
print(types.coroutine(modern) is modern)
try:
    types.coroutine(5)
except TypeError as e:
    print(e)
