"""Make N objects that are garbage as soon as they are made, all in reference cycles.

Pairs of nodes that point at each other (through their attributes and a list) and records
with a dozen attributes that point at themselves, so reference counting alone frees none
of them: only the cycle collector does. Peak memory must not grow with N.

    python3 cycles.py [N]    (default 1,000,000 objects)
"""

import sys


class Node:
    def __init__(self, serial):
        self.serial = serial
        self.peer = None
        self.history = [serial]


class Record:
    """An object with many attributes that refers to itself."""

    def __init__(self, serial):
        self.serial = serial
        self.name = "record"
        self.a, self.b, self.c, self.d = serial, serial + 1, serial + 2, serial + 3
        self.e, self.f, self.g, self.h = 1.5, "x", None, True
        self.tags = {"serial": serial, "self": self}
        self.me = self


def churn(count):
    made = 0
    checksum = 0
    for i in range(count // 4):
        # Two nodes pointing at each other...
        a = Node(i)
        b = Node(i + 1)
        a.peer = b
        b.peer = a
        a.history.append(b)
        # ...and two records that point at themselves.
        r = Record(i)
        s = Record(i + 2)
        made += 4
        checksum = (checksum + a.serial * 3 + b.serial + r.d + s.c) % 1000003
    return made, checksum


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    made, checksum = churn(count)
    print("made", made, "objects in cycles, checksum", checksum)


main()
