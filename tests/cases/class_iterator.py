class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


print(list(Countdown(5)))
it = Countdown(2)
print(next(it), next(it), next(it, "exhausted"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)


class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b


f = Fib(100)
print(list(f), sum(f), list(zip(f, "abc")))
print(iter(f) is iter(f), type(iter(f)).__name__)
for i, (x, y) in enumerate(zip(Countdown(3), Fib(10))):
    print(i, x, y)
