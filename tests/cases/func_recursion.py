def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)


def permutations(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append([x] + rest)
    return out


def flatten(obj):
    if isinstance(obj, list):
        return [y for x in obj for y in flatten(x)]
    return [obj]


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(factorial(20), factorial(50))
print([fib(i) for i in range(20)])
moves = []
hanoi(5, "A", "C", "B", moves)
print(len(moves), moves[:5])
print(permutations([1, 2, 3]))
print(flatten([1, [2, [3, [4, [5]]]], 6]))
print(ackermann(2, 3), is_even(100), is_odd(77))
print(factorial(900) % 10**9, len(str(factorial(900))))
