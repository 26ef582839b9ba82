import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, q.qsize())
    await q.put(None)

async def consumer(q, name):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            print(name, "done")
            break
        print(name, "got", item)
        await asyncio.sleep(0)
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full(), str(q))
    await asyncio.gather(producer(q, 5), consumer(q, "c1"))
    await q.join()
    print("joined", q.empty())
    q2 = asyncio.Queue()
    q2.put_nowait(1); q2.put_nowait(2)
    print(str(q2), q2.get_nowait(), q2.qsize())
    try:
        asyncio.Queue(1).get_nowait()
    except asyncio.QueueEmpty:
        print("empty")
    q3 = asyncio.Queue(1)
    q3.put_nowait(1)
    try:
        q3.put_nowait(2)
    except asyncio.QueueFull:
        print("full")
    try:
        q3.task_done(); q3.task_done()
    except ValueError as e:
        print(e)
    pq = asyncio.PriorityQueue()
    for x in [5, 1, 4, 2, 3]:
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(5)])
    lq = asyncio.LifoQueue()
    for x in [1, 2, 3]:
        lq.put_nowait(x)
    print([await lq.get() for _ in range(3)])

    ev = asyncio.Event()
    async def waiter(i):
        print("waiting", i)
        await ev.wait()
        print("woke", i)
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("setting", ev.is_set())
    ev.set()
    await asyncio.gather(*ts)
    lock = asyncio.Lock()
    async def locked(i):
        async with lock:
            print("in", i, lock.locked())
            await asyncio.sleep(0.001)
            print("out", i)
    await asyncio.gather(*(locked(i) for i in range(3)))
    sem = asyncio.Semaphore(2)
    async def limited(i):
        async with sem:
            print("sem in", i)
            await asyncio.sleep([0.06, 0.02, 0.10, 0.02][i])
            print("sem out", i)
    await asyncio.gather(*(limited(i) for i in range(4)))
    try:
        lock.release()
    except RuntimeError as e:
        print(e)
    bs = asyncio.BoundedSemaphore(1)
    try:
        bs.release()
    except ValueError as e:
        print(e)

asyncio.run(main())
