import operator as op
print(op.itemgetter(1), op.itemgetter('a', 'b'), op.attrgetter('a.b', 'c'), op.methodcaller('f', 1, k=2))
print(op.itemgetter(1)([1, 2]), op.itemgetter(0, 2)('abc'), op.attrgetter('real')(3), op.methodcaller('upper')('x'))
for f, a in [(op.itemgetter, ()), (op.attrgetter, (1,)), (op.methodcaller, ()), (op.methodcaller, (1,)), (op.index, ('x',)), (op.concat, (1, 2)), (op.indexOf, ([1], 2))]:
    try: f(*a)
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
print(op.add(1, 2), op.__add__ is op.add, op.iadd([1], [2]), op.truth([]), op.length_hint([1,2,3]), op.length_hint(5, 7), op.countOf([1,1,2], 1), op.call(len, 'ab'))
print(op.index(5), op.not_(0), op.is_(None, None), op.neg(3), op.inv(0), op.getitem({1: 2}, 1), op.contains([1], 1))
