"""importlib.reload a module N times.

The module (written to a temporary directory) has functions, a class hierarchy with methods
calling super(), properties, a class decorator, a memoizing closure, a generator,
module-level data and a cycle of its own; every reload replaces them all, so the old ones
become garbage (much of it cyclic: classes, closures). Peak memory must not grow with N.

    python3 reload.py [N]    (default 10,000 reloads)
"""

import importlib
import os
import sys

MODULE = '''
"""A module that is reloaded many times."""

TABLE = {name: len(name) for name in ("alpha", "beta", "gamma", "delta")}
VALUES = [i * i for i in range(50)]
RELOADS = globals().get("RELOADS", 0) + 1


class Shape:
    sides = 0

    def __init__(self, size):
        self.size = size

    @property
    def perimeter(self):
        return self.sides * self.size

    def describe(self):
        return "%s of size %d" % (type(self).__name__, self.size)


def registered(cls):
    REGISTRY.append(cls.__name__)
    return cls


REGISTRY = []


@registered
class Square(Shape):
    sides = 4

    def __init__(self, size):
        super().__init__(size)
        self.diagonal = size * 1.414

    def area(self):
        return self.size * self.size


@registered
class Triangle(Shape):
    sides = 3

    def describe(self):
        return "pointy " + super().describe()


def memoize(func):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    return wrapper


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def make_counter(start):
    count = [start]

    def step():
        count[0] += 1
        return count[0]
    return step


def squares(n):
    for i in range(n):
        yield i * i


def work():
    shapes = [Square(3), Triangle(2)]
    total = sum(s.perimeter for s in shapes) + shapes[0].area()
    counter = make_counter(total)
    counter()
    text = shapes[1].describe()
    return counter() + sum(squares(10)) + sum(VALUES) + TABLE["gamma"] + fib(20) + len(text) + len(REGISTRY)


SELF = [None]
SELF[0] = SELF
'''


def remove_tree(folder):
    for name in os.listdir(folder):
        path = os.path.join(folder, name)
        if os.path.isdir(path):
            remove_tree(path)
        else:
            os.remove(path)
    os.rmdir(folder)


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    # Only os: the benchmark should not depend on tempfile and shutil.
    folder = os.path.join(os.environ.get("TMPDIR", "/tmp"), "reload_bench_%d" % os.getpid())
    os.mkdir(folder)
    try:
        with open(os.path.join(folder, "reloaded_module.py"), "w") as f:
            f.write(MODULE)
        sys.path.insert(0, folder)
        import reloaded_module
        checksum = 0
        for _ in range(count):
            importlib.reload(reloaded_module)
            checksum = (checksum + reloaded_module.work()) % 1000003
        print("reloads", reloaded_module.RELOADS - 1, "checksum", checksum)
    finally:
        remove_tree(folder)


main()
