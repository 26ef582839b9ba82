for i in range(3):
    print("for", i)
else:
    print("for-else runs when no break")
for i in range(10):
    if i == 3:
        print("breaking at", i)
        break
else:
    print("never printed")
n = 0
while n < 3:
    n += 1
else:
    print("while-else, n =", n)
while True:
    n -= 1
    if n == 0:
        break
print("after while True, n =", n)
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)


def find_prime_factor(n):
    for d in range(2, n):
        if n % d == 0:
            return d
    else:
        return None


print(find_prime_factor(91), find_prime_factor(97))
for outer in range(3):
    for inner in range(3):
        if inner == outer:
            continue
        if inner > outer:
            break
        print("pair", outer, inner)
for _ in []:
    print("never")
else:
    print("empty for still runs else")
count = 0
while count < 5:
    count += 1
    if count == 2:
        continue
    print("count", count)
