# An int subclass instance with a small value indexes and slices like the int.
class I(int):
    pass


one, two, neg = I(1), I(2), I(-1)
print([10, 20, 30][one], (10, 20, 30)[two], 'abc'[neg], range(5)[two], b'xyz'[one], bytearray(b'xyz')[neg])
print([0, 1, 2, 3][one:I(3)], 'abcdef'[::two], list(range(10))[neg:], (1, 2, 3)[I(0):neg])
items = [1, 2, 3]
items[one] = 'x'
del items[I(0)]
print(items, [1, 2, 3].index(3, one), 'abc' * two, [0] * I(3), (1,) * two)
print([1, 2, 3].pop(one), 'hello'.center(I(9), '*'), list(range(I(2), I(8), two)))
try:
    [1][I(10 ** 30)]
except IndexError as e:
    print('IndexError', e)
