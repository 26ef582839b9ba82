import asyncio

async def hello(n):
    await asyncio.sleep(0.02 * n)
    print("hello", n)
    return n

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.run_until_complete(hello(1)))
print(loop.run_until_complete(asyncio.gather(hello(3), hello(2))))
order = []
loop.call_soon(order.append, "soon1")
loop.call_later(0.06, order.append, "later2")
loop.call_later(0.03, order.append, "later1")
h = loop.call_later(0.045, order.append, "cancelled")
h.cancel()
loop.call_soon(order.append, "soon2")
loop.call_later(0.09, loop.stop)
loop.run_forever()
print(order, h.cancelled())
print(loop.is_running(), loop.is_closed())
fut = loop.create_future()
loop.call_soon(fut.set_result, "f")
print(loop.run_until_complete(fut))
try:
    loop.run_until_complete(5)
except TypeError as e:
    print(e)
loop.close()
print(loop.is_closed())
try:
    loop.call_soon(print)
except RuntimeError as e:
    print(e)
c = hello(0)
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print(e)
c.close()
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print(e)

async def nested():
    c = hello(0)
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print(e)
    l = asyncio.get_running_loop()
    try:
        l.run_until_complete(c)
    except RuntimeError as e:
        print(e)
    c.close()
asyncio.run(nested())
