def leaky():
    yield 1
    raise StopIteration("escaped")


g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__), e.__cause__ is e.__context__)


def next_on_empty():
    it = iter([])
    yield next(it)


try:
    list(next_on_empty())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)


def proper():
    it = iter([1, 2])
    while True:
        try:
            yield next(it)
        except StopIteration:
            return


print(list(proper()))
