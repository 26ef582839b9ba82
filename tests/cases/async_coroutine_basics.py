import types
async def f(x):
    return x * 2
async def g():
    a = await f(3)
    b = await f(4)
    return a + b
c = g()
print(type(c).__name__, type(c) is types.CoroutineType)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

class Aw:
    def __await__(self):
        x = yield "hello"
        return x + 1
async def h():
    v = await Aw()
    print("got", v)
    return v
c = h()
print(c.send(None))
try:
    c.send(41)
except StopIteration as e:
    print("done", e.value)

async def bad():
    await 5
try:
    bad().send(None)
except TypeError as e:
    print(e)
async def stop():
    raise StopIteration(3)
try:
    stop().send(None)
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))
c = h()
print(c.cr_await, c.cr_running, c.cr_frame is not None, c.cr_code.co_name)
c.send(None)
print(type(c.cr_await).__name__)
c.close()
print(c.cr_frame)
async def ign():
    try:
        await Aw()
    except GeneratorExit:
        await Aw()
c = ign()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print(e)
w = f(1).__await__()
print(type(w).__name__, iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("w", e.value)
print(f.__name__)
try:
    iter(f(1))
except TypeError as e:
    print(e)
try:
    next(f(1))
except TypeError as e:
    print(e)
