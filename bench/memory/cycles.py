"""Make N objects that are garbage as soon as they are made, all in reference cycles.

Pairs of nodes that point at each other (and at their own attribute dicts and a list), so
reference counting alone frees none of them: only the cycle collector does. Peak memory
must not grow with N.

    python3 cycles.py [N]    (default 1,000,000 objects)
"""

import sys


class Node:
    def __init__(self, serial):
        self.serial = serial
        self.peer = None
        self.history = [serial]


def churn(count):
    made = 0
    checksum = 0
    for i in range(count // 2):
        a = Node(i)
        b = Node(i + 1)
        a.peer = b
        b.peer = a
        a.history.append(b)
        made += 2
        checksum = (checksum + a.serial * 3 + b.serial) % 1000003
    return made, checksum


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    made, checksum = churn(count)
    print("made", made, "objects in cycles, checksum", checksum)


main()
