def readings():
    yield 1
    yield 2
    raise IOError("sensor offline")


doubled = [r * 2 for r in readings()]
