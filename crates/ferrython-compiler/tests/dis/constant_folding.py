s = {20, 3, 5, 7, 9}
t = {1, 1.0, True}
pair = {x, 2}
for v in {3, 1}:
    pass
for v in [x, 2]:
    pass
ok = x in {1, 2} and x not in [1, 2, 3] and 0 < x in {4}
r = [v for v in {9, 17} for w in [v, 1]]
f(*args)
f(*args, **kw)
