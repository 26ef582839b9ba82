import itertools as it
from itertools import (count, cycle, repeat, accumulate, chain, compress, dropwhile, filterfalse, groupby, islice,
                       pairwise, starmap, takewhile, tee, zip_longest, product, permutations, combinations,
                       combinations_with_replacement)
import operator

c = count(5)
print(c, next(c), next(c), c, count(), count(1, 2), count(1.5, 0.5), count(2, 1.0))
print(list(islice(count(10, -3), 4)), list(zip('ab', count())))
print(list(islice(cycle('abc'), 7)), list(cycle([])))
r = repeat(1, 3)
print(r, list(r), r, repeat('x'), list(repeat(0, -2)), list(map(pow, range(4), repeat(2))))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)), list(accumulate([1, 2], initial=10)), list(accumulate([])))
print(list(chain('ab', [1], ())), list(chain.from_iterable(['xy', 'z'])), list(chain()))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(dropwhile(lambda x: x < 3, [1, 4, 2, 5])), list(takewhile(lambda x: x < 3, [1, 2, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(7))), list(filterfalse(None, [0, 1, '', 'a'])))
print([(k, list(g)) for k, g in groupby('aaabbcaa')])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 6], key=lambda x: x % 2)])
groups = list(groupby('aabb'))
print([(k, list(g)) for k, g in groups])
g = groupby('aaab')
k1, g1 = next(g)
print(k1, next(g1), next(g)[0], list(g1))
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 2, None)), list(islice('abcdefg', 0, None, 2)))
src = iter(range(10))
print(list(islice(src, 3)), next(src))
for args in [(-1,), (1, -1), ('a',), (0, 5, 0)]:
    try:
        islice('abc', *args)
    except ValueError as e:
        print(e)
print(list(pairwise('abcd')), list(pairwise('a')), list(starmap(pow, [(2, 5), (3, 2)])))
a, b = tee(iter([1, 2, 3]))
print(next(a), list(a), list(b), tee('ab', 0), len(tee('ab', 3)))
try:
    tee('a', -1)
except ValueError as e:
    print(e)
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest()), list(zip_longest([1], [])))
print(list(product('ab', range(2))), list(product(range(2), repeat=2)), list(product()), len(list(product('abc', repeat=3))))
print(list(permutations('ABC', 2)), list(permutations(range(3))), list(permutations('ab', 3)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('ab', 0)), list(combinations('a', 2)))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement('', 0)))
for bad in [lambda: permutations('ab', -1), lambda: combinations('ab', -1), lambda: product('a', repeat=-1)]:
    try:
        bad()
    except ValueError as e:
        print(e)
print(type(chain()).__name__, type(count()).__module__, iter(c) is c, isinstance(repeat(1), it.repeat))
print(sum(1 for _ in islice(count(), 1000)), list(map(operator.add, count(), 'ab' and [10, 20])))
