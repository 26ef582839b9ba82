def trace(func):
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}{args}")
        result = func(*args, **kwargs)
        print(f"{func.__name__} returned {result!r}")
        return result

    wrapper.__name__ = func.__name__
    wrapper.__wrapped__ = func
    return wrapper


def repeat(times):
    def decorator(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]

        return wrapper

    return decorator


def register(registry):
    def decorator(func):
        registry.append(func.__name__)
        return func

    return decorator


handlers = []


@trace
def add(a, b):
    return a + b


@repeat(3)
def shout(word):
    return word.upper()


@register(handlers)
@trace
def double(x):
    return 2 * x


print(add(2, 3))
print(shout("hey"))
print(double(21))
print(handlers, add.__name__, add.__wrapped__(10, 20))


def count_calls(func):
    def wrapper(*args):
        wrapper.calls += 1
        return func(*args)

    wrapper.calls = 0
    return wrapper


@count_calls
def noop():
    pass


for _ in range(5):
    noop()
print("calls:", noop.calls)


class Memo:
    def __init__(self, func):
        self.func = func
        self.cache = {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.func(n)
        return self.cache[n]


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), len(fib.cache), type(fib).__name__)
