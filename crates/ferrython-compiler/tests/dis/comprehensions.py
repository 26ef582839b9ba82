squares = [x * x for x in range(10)]
evens = {x for x in data if x % 2 == 0}
mapping = {k: v for k, v in pairs if k if v}
nested = [(i, j) for i in range(3) for j in range(i)]

def in_function(n):
    return [y + n for y in range(n)]

def walrus(values):
    if any((found := v) > 10 for v in values):
        return found

class Scoped:
    xs = [1, 2]
    ys = [x for x in xs]
