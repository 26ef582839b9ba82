# Recursive Fibonacci: Python-level call overhead, small-int arithmetic,
# comparisons and global lookups.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    total = 0
    for n in range(25):
        total += fib(n)
    total += fib(33)
    print("fib", total)


main()
