import copy
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple

class A:
    def __init__(self, v):
        self.v = v
        self.items = [v]

a = A(1)
b = copy.copy(a); c = copy.deepcopy(a)
print(type(b).__name__, b.v, b.items is a.items, c.items is a.items, c.items == a.items)

class S:
    __slots__ = ('x', 'y')
s = S(); s.x = [1]
t = copy.deepcopy(s); print(t.x, t.x is s.x, hasattr(t, 'y'))

class Custom:
    def __init__(self): self.log = []
    def __copy__(self):
        print("__copy__ called"); return Custom()
    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__); return Custom()
copy.copy(Custom()); copy.deepcopy([Custom()])

l = [1, [2, 3]]; l.append(l)
m = copy.deepcopy(l)
print(m[2] is m, m[1] is not l[1], m[1] == l[1])
tup = (1, [2]); tt = copy.deepcopy(tup); print(tt, tt is tup, tt[1] is tup[1])
tup2 = (1, 2); print(copy.deepcopy(tup2) is tup2, copy.copy(tup2) is tup2)
d = {'a': [1], 'b': {'c': 2}}; dc = copy.deepcopy(d); print(dc, dc['a'] is d['a'])
print(copy.copy(deque([1, 2], maxlen=3)), copy.deepcopy(defaultdict(list, a=[1])), copy.deepcopy(OrderedDict(a=1)), copy.copy(Counter('aab')))
P = namedtuple('P', 'x y'); print(copy.copy(P(1, [2])), copy.deepcopy(P(1, [2])))

class L(list):
    pass
ll = L([1, [2]]); ll.tag = 't'; lc = copy.deepcopy(ll); print(type(lc).__name__, lc, lc.tag, lc[1] is ll[1])

class I(int):
    pass
print(copy.copy(I(5)), type(copy.deepcopy(I(5))).__name__)

class R:
    def __init__(self, x): self.x = x
    def __reduce__(self): return (R, (self.x * 10,))
print(copy.copy(R(2)).x)
print(copy.copy(len) is len, copy.deepcopy(A) is A, copy.copy({1, 2}), copy.Error.__mro__[1].__name__)
memo = {}; x = [1]; copy.deepcopy([x, x], memo); print(id(x) in memo)
class G:
    def __getstate__(self): return {'g': 1}
    def __setstate__(self, st): print('setstate', st); self.__dict__.update(st)
print(copy.copy(G()).g)
