# repr of self-containing lists and tuples, and mutation through aliases
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a)
b = [a, [a]]
print(b)
t = ([],)
t[0].append(t)
print(t)
nested = [[1], [2, [3, [4]]]]
print(nested, nested[1][1][1][0])
x = []
y = [x, x]
x.append(1)
print(y, y[0] is y[1])
z = [[0] * 2] * 2
z[0][0] = 5
print(z)


class R:
    def __repr__(self):
        return "R!"


print([R(), (R(),), [[R()]]], (R(),), ())
