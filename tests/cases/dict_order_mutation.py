# Insertion order, popitem order, re-insertion, and mutation while iterating.
def t(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


d = {}
for k in [5, 3, 9, 1, -4, 100]:
    d[k] = k * k
print(d, list(d), list(d.values()))
del d[3]
d[3] = "back"
d[5] = "updated in place"
print(d)
print(d.popitem(), d.popitem(), d)
while d:
    d.popitem()
print(d)
t(d.popitem)

big = {}
for i in range(1000):
    big[i] = i
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:])
for i in range(10):
    big[-i] = i
print(list(big)[-10:], big.popitem(), list(reversed(big))[:3])

# Size changes during iteration raise; the error repeats on the next step.
x = {1: 1, 2: 2}


def grow():
    for k in x:
        x[k + 10] = 0


t(grow)
print(x)
it = iter(x)
next(it)
del x[1]
t(lambda: next(it))
t(lambda: next(it))

# Same size but different keys: keys changed during iteration.
y = {1: 1, 2: 2, 3: 3}


def swap():
    seen = []
    for k in y:
        seen.append(k)
        del y[k]
        y[k + 100] = 0
    return seen


t(swap)
print(y)

# An exhausted iterator stays exhausted.
z = {1: 2}
it = iter(z)
print(list(it))
z[3] = 4
t(lambda: next(it))

# Reversed iteration and views.
r = {"a": 1, "b": 2, "c": 3}
print(list(reversed(r)), list(reversed(r.keys())), list(reversed(r.values())), list(reversed(r.items())))
rv = reversed(r)
print(type(rv).__name__, type(reversed(r.values())).__name__, type(reversed(r.items())).__name__)
print(type(iter(r)).__name__, type(iter(r.values())).__name__, type(iter(r.items())).__name__)
r["d"] = 4
t(lambda: next(rv))
print(list(reversed({})))
