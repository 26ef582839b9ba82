# Integer arithmetic loops: for/while over range, +, -, *, //, %, bit
# operations and comparisons on small ints (values stay well inside 64 bits).

import sys


def collatz_steps(limit):
    # Total number of Collatz steps for every start value below limit.
    total = 0
    for start in range(1, limit):
        n = start
        while n != 1:
            if n & 1:
                n = 3 * n + 1
            else:
                n >>= 1
            total += 1
    return total


def lcg_mix(rounds):
    # A linear congruential generator mixed with xor and shifts.
    x = 12345
    acc = 0
    for i in range(rounds):
        x = (x * 1103515245 + 12345) % 2147483648
        acc ^= (x >> 7) + i
        acc = (acc * 31 + (x % 1000)) & 0xFFFFFFFF
    return acc


def gcd_sum(n):
    # Euclid's algorithm on many pairs.
    total = 0
    for a in range(1, n):
        b = (a * 7919) % 1000 + 1
        while b:
            a, b = b, a % b
        total += a
    return total


def digit_sums(n):
    total = 0
    for i in range(n):
        k = i
        while k:
            total += k % 10
            k //= 10
    return total


def main(scale):
    c = collatz_steps(30000 * scale)
    l = lcg_mix(400000 * scale)
    g = gcd_sum(250000 * scale)
    d = digit_sums(250000 * scale)
    print("int_loop", c, l, g, d)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
