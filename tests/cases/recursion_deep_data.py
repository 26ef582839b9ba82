nested = []
for _ in range(100000):
    nested = [nested]
try:
    repr(nested)
except RecursionError as e:
    print("repr:", e)
deep_dict = {}
cur = deep_dict
for _ in range(100000):
    cur["k"] = {}
    cur = cur["k"]
try:
    str(deep_dict)
except RecursionError as e:
    print("str:", e)
a = []
b = []
for _ in range(100000):
    a = [a]
    b = [b]
try:
    print(a == b)
except RecursionError as e:
    print("compare:", e)
depth = 0
cur = nested
while cur:
    cur = cur[0]
    depth += 1
print("walked iteratively:", depth)
