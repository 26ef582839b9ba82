import collections
from collections import namedtuple, deque, defaultdict, OrderedDict, Counter, ChainMap, UserDict, UserList, UserString
import collections.abc as cabc

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=5), Point._make([3, 4]))
print(Point.__module__, Point.__name__, Point.__doc__, Point.x.__doc__, Point.__new__.__doc__)
print(repr(Point._field_defaults), Point.__match_args__, isinstance(p, tuple), p == (1, 2), hash(p) == hash((1, 2)))
try:
    Point(1)
except TypeError as e:
    print(e)
try:
    p._replace(z=1)
except ValueError as e:
    print(e)
try:
    Point._make([1])
except TypeError as e:
    print(e)
P3 = namedtuple('P3', 'a, b c', defaults=[0, 9], module='geo')
print(P3(1), P3.__module__, P3._field_defaults)
print(namedtuple('R', ['a', 'def', '_x', 'a', '1'], rename=True)._fields)
for bad in [('1x', 'a'), ('X', 'a def'), ('X', '_a'), ('X', 'a a'), ('X', ['a', 3])]:
    try:
        namedtuple(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    namedtuple('X', 'a', defaults=(1, 2))
except TypeError as e:
    print(e)
a, b = p
print(a, b, Point(*range(2)), len(p))

d = deque([1, 2, 3], maxlen=5)
d.append(4); d.appendleft(0); d.append(5)
print(d, d[0], d[-1], len(d), d.maxlen)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.extendleft('ab'); print(d)
print(d.pop(), d.popleft(), d, d.count(2), d.index(3), 3 in d)
d2 = deque(); print(d2, repr(deque(maxlen=3)), bool(d2))
try:
    d2.pop()
except IndexError as e:
    print(e)
d3 = deque(range(10)); del d3[3]; d3[0] = 'z'; d3.insert(2, 'i'); d3.remove(5); d3.reverse(); print(d3, list(reversed(d3)))
print(deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]), deque('ab') + deque('c'), deque('ab') * 2)
e = deque([1]); e.append(e); print(e)
try:
    deque([1]).index(7)
except ValueError as ex:
    print(ex)

dd = defaultdict(list)
dd['a'].append(1); dd['b']
print(dd, dd['a'], dict(dd), dd.default_factory)
print(defaultdict(), defaultdict(int, {'x': 1}), defaultdict(None, a=1))
try:
    defaultdict(None)['k']
except KeyError as ex:
    print('KeyError', ex)
try:
    defaultdict(3)
except TypeError as ex:
    print(ex)
print(isinstance(dd, dict), dd.copy(), type(dd.copy()).__name__)

od = OrderedDict(a=1, b=2, c=3)
od.move_to_end('a'); print(od)
od.move_to_end('c', last=False); print(od, list(od), list(reversed(od)))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict([(1, 2), (3, 4)]) == OrderedDict([(3, 4), (1, 2)]), OrderedDict([(1, 2), (3, 4)]) == {3: 4, 1: 2})
print(OrderedDict(), OrderedDict.fromkeys('ab'))
try:
    OrderedDict().popitem()
except KeyError as ex:
    print('KeyError', ex)

c = Counter('abracadabra')
print(c, c.most_common(2), c['z'], sorted(c.elements()), c.total())
c.update('aaz'); c.subtract({'b': 5}); print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(+Counter(a=-1, b=2), -Counter(a=-1, b=2), Counter(), Counter(a=1) == Counter(a=1, b=0))
del c['nothere']

cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm, cm['a'], cm['b'], len(cm), list(cm), cm.get('z', 0), 'b' in cm)
cm['c'] = 4; print(cm.maps[0], cm.new_child({'z': 0}), cm.parents)
try:
    del cm['b']
except KeyError as ex:
    print('KeyError', ex)

class MyDict(UserDict):
    def __missing__(self, key):
        return key * 2

u = MyDict({'a': 1}, b=2)
print(u, u['zz'], len(u), u.get('a'), 'a' in u, isinstance(u, cabc.MutableMapping), u.copy(), type(u.copy()).__name__)
ul = UserList([3, 1, 2]); ul.sort(); ul.append(4)
print(ul, ul[1:], type(ul[1:]).__name__, ul + [5], ul == [1, 2, 3, 4], len(ul))
us = UserString('hello')
print(us, us.upper(), us[1:3], us + '!', 'ell' in us, len(us), repr(us))
