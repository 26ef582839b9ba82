# Fannkuch-redux, after the Computer Language Benchmarks Game: generate every
# permutation of 0..n-1 (in the standard rotation order) and count pancake
# flips until the first element is 0. List indexing, slicing, while loops.

import sys


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    r = n
    checksum = 0
    max_flips = 0
    perm_count = 0
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        k = perm1[0]
        if k:
            perm = perm1[:]
            flips = 0
            while k:
                perm[:k + 1] = perm[k::-1]
                flips += 1
                k = perm[0]
            if flips > max_flips:
                max_flips = flips
            if perm_count % 2 == 0:
                checksum += flips
            else:
                checksum -= flips
        # Next permutation: rotate the first r+1 elements left by one.
        while True:
            if r == n:
                return checksum, max_flips
            perm0 = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = perm0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        perm_count += 1


def main(n):
    checksum, max_flips = fannkuch(n)
    print(checksum)
    print("Pfannkuchen(%d) = %d" % (n, max_flips))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 9)
