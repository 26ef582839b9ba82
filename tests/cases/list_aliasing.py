a = [1, 2, 3]
b = a
b.append(4)
print(a, b, a is b, a == b)
c = list(a)
c.append(5)
print(a, c, a is c)
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
nested = [[1, 2], [3]]
shallow = nested[:]
shallow[0].append(99)
shallow[1] = "replaced"
print(nested, shallow)


def add_item(item, target=[]):
    target.append(item)
    return target


print(add_item(1), add_item(2), add_item(3, []))
x = [1, 2]
x += [3]
y = x
x += [4]
print(x, y, x is y)
x = x + [5]
print(x, y, x is y)
lst = [1]
lst.append(lst)
print(lst)
print(a.__len__(), a.__getitem__(0), a.__contains__(3))
