# Set displays of constants are built from a frozenset constant merged into a new set, so their table
# is sized like a copy; a display that is only iterated is the frozenset itself.
print({20, 3, 5, 7, 9})
x = 20
print({x, 3, 5, 7, 9})
for v in {20, 3, 5, 7, 9}:
    print(v, end=" ")
print()
print([v for v in {33, 1, 17, 49, 65, 2}])
print({33, 1, 17, 49, 65, 2})
print({*[20, 3, 5, 7, 9]}, {*(20, 3), 5, 7, 9})
print(set([20, 3, 5, 7, 9]), frozenset([20, 3, 5, 7, 9]), set({20, 3, 5, 7, 9}))
print({1, 1.0, True}, {0, False, 0.0}, {True, 1}, {1.0, 1})
print({i * 10 for i in range(10, 0, -1)})
print(20 in {20, 3, 5, 7, 9}, 4 in {20, 3, 5, 7, 9})
s = {100, 200, 300, 400, 500, 600, 700}
print(s, s.copy(), set(s), s | set(), frozenset(s))
