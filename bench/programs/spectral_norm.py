# Spectral norm of the infinite matrix A[i][j] = 1/((i+j)(i+j+1)/2 + i + 1),
# after the Computer Language Benchmarks Game: float division, nested loops,
# small function calls and list indexing.

import math
import sys


def eval_a(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def a_times_u(u, n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(i, j) * u[j]
        out.append(s)
    return out


def at_times_u(u, n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(j, i) * u[j]
        out.append(s)
    return out


def ata_times_u(u, n):
    return at_times_u(a_times_u(u, n), n)


def main(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = ata_times_u(u, n)
        u = ata_times_u(v, n)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    print("%.9f" % math.sqrt(vbv / vv))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 250)
