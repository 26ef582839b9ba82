# The classic Richards benchmark (Martin Richards' operating-system task
# scheduler simulation), written compactly: classes, inheritance, method
# dispatch, attribute access, linked lists of packets.

import sys

I_IDLE, I_WORK, I_HANDLERA, I_HANDLERB, I_DEVA, I_DEVB = 1, 2, 3, 4, 5, 6
K_DEV, K_WORK = 1000, 1001
BUFSIZE = 4

class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        p = lst
        nxt = p.link
        while nxt is not None:
            p = nxt
            nxt = p.link
        p.link = self
        return lst

class DeviceRec:
    def __init__(self):
        self.pending = None

class IdleRec:
    def __init__(self):
        self.control, self.count = 1, 10000

class HandlerRec:
    def __init__(self):
        self.work_in = self.device_in = None

class WorkerRec:
    def __init__(self):
        self.destination, self.count = I_HANDLERA, 0

class Sched:
    def __init__(self):
        self.tab = [None] * 10
        self.head = None
        self.hold_count = 0
        self.qpkt_count = 0

S = Sched()

class Task:
    def __init__(self, ident, priority, inp, pending, waiting, holding, rec):
        self.link = S.head
        self.ident = ident
        self.priority = priority
        self.input = inp
        self.packet_pending = pending
        self.task_waiting = waiting
        self.task_holding = holding
        self.rec = rec
        S.head = self
        S.tab[ident] = self

    def holding_or_waiting(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)

    def add_packet(self, p, old):
        if self.input is None:
            self.input = p
            self.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            p.append_to(self.input)
        return old

    def run_task(self):
        msg = None
        if self.packet_pending and self.task_waiting and not self.task_holding:
            msg = self.input
            self.input = msg.link
            self.task_waiting = False
            self.packet_pending = self.input is not None
        return self.fn(msg, self.rec)

    def wait_task(self):
        self.task_waiting = True
        return self

    def hold(self):
        S.hold_count += 1
        self.task_holding = True
        return self.link

    def release(self, ident):
        t = S.tab[ident]
        t.task_holding = False
        return t if t.priority > self.priority else self

    def qpkt(self, pkt):
        t = S.tab[pkt.ident]
        S.qpkt_count += 1
        pkt.link = None
        pkt.ident = self.ident
        return t.add_packet(pkt, self)

class DeviceTask(Task):
    def fn(self, pkt, d):
        if pkt is None:
            pkt = d.pending
            if pkt is None:
                return self.wait_task()
            d.pending = None
            return self.qpkt(pkt)
        d.pending = pkt
        return self.hold()

class HandlerTask(Task):
    def fn(self, pkt, h):
        if pkt is not None:
            if pkt.kind == K_WORK:
                h.work_in = pkt.append_to(h.work_in)
            else:
                h.device_in = pkt.append_to(h.device_in)
        work = h.work_in
        if work is None:
            return self.wait_task()
        count = work.datum
        if count >= BUFSIZE:
            h.work_in = work.link
            return self.qpkt(work)
        dev = h.device_in
        if dev is None:
            return self.wait_task()
        h.device_in = dev.link
        dev.datum = work.data[count]
        work.datum = count + 1
        return self.qpkt(dev)

class IdleTask(Task):
    def fn(self, pkt, i):
        i.count -= 1
        if i.count == 0:
            return self.hold()
        if i.control & 1 == 0:
            i.control //= 2
            return self.release(I_DEVA)
        i.control = (i.control // 2) ^ 0xD008
        return self.release(I_DEVB)

class WorkTask(Task):
    def fn(self, pkt, w):
        if pkt is None:
            return self.wait_task()
        dest = I_HANDLERB if w.destination == I_HANDLERA else I_HANDLERA
        w.destination = dest
        pkt.ident = dest
        pkt.datum = 0
        for i in range(BUFSIZE):
            w.count += 1
            if w.count > 26:
                w.count = 1
            pkt.data[i] = 65 + w.count - 1
        return self.qpkt(pkt)

def run_once():
    S.head = None
    S.hold_count = 0
    S.qpkt_count = 0
    IdleTask(I_IDLE, 1, None, False, False, False, IdleRec())
    wkq = Packet(Packet(None, 0, K_WORK), 0, K_WORK)
    WorkTask(I_WORK, 1000, wkq, True, True, False, WorkerRec())
    wkq = Packet(Packet(Packet(None, I_DEVA, K_DEV), I_DEVA, K_DEV), I_DEVA, K_DEV)
    HandlerTask(I_HANDLERA, 2000, wkq, True, True, False, HandlerRec())
    wkq = Packet(Packet(Packet(None, I_DEVB, K_DEV), I_DEVB, K_DEV), I_DEVB, K_DEV)
    HandlerTask(I_HANDLERB, 3000, wkq, True, True, False, HandlerRec())
    DeviceTask(I_DEVA, 4000, None, False, True, False, DeviceRec())
    DeviceTask(I_DEVB, 5000, None, False, True, False, DeviceRec())
    t = S.head
    while t is not None:
        if t.holding_or_waiting():
            t = t.link
        else:
            t = t.run_task()
    return S.hold_count, S.qpkt_count

def main(iterations):
    ok = 0
    for _ in range(iterations):
        if run_once() == (9297, 23246):
            ok += 1
    print("richards", iterations, "ok", ok, S.hold_count, S.qpkt_count)

main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
