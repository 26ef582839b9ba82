# dataclasses: generated methods, field options, errors, helpers (no typing needed).
import dataclasses
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass, make_dataclass,
                         InitVar, KW_ONLY, FrozenInstanceError)


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


@dataclass
class P:
    x: int
    y: str = 'a'
    z: list = field(default_factory=list)


print(P(1), P(1, 'b', [1]), P(1) == P(1), P(1) == P(2), P.__doc__, P.__match_args__, P(1) != P(1), P(1).__eq__(5))
t(lambda: P()); t(lambda: P(1, 2, 3, 4)); t(lambda: P(1, q=2)); t(lambda: P(x=1, y='c'))
print([f.name for f in fields(P)], fields(P)[0].type, fields(P)[2].default_factory, asdict(P(1)), astuple(P(1)),
      replace(P(1), y='q'), is_dataclass(P), is_dataclass(P(1)), is_dataclass(int))
print(P.__hash__, P.__eq__.__qualname__, P.__init__.__qualname__, P.__repr__.__qualname__, P.__init__.__name__)
print(P.__dataclass_params__, list(P.__dataclass_fields__))
f0 = fields(P)[1]
print(f0.name, f0.type, f0.default, f0.init, f0.repr, f0.hash, f0.compare, f0.metadata, f0.kw_only)
ff = field(default=1, metadata={'a': 1})
print(ff.metadata, type(ff.metadata).__name__)
p = P(1)
p.x = 10
print(p, P(1).z is not P(1).z)


@dataclass(frozen=True, order=True)
class F:
    a: int
    b: int = 0


f = F(1, 2)
t(lambda: setattr(f, 'a', 5)); t(lambda: delattr(f, 'a')); t(lambda: setattr(f, 'new', 1)); t(lambda: F(1) < F(2))
t(lambda: hash(F(1)) == hash((1, 0))); t(lambda: sorted([F(2), F(1, 5), F(1)])); t(lambda: F(1) < 5)
t(lambda: F(1, 2) >= F(1, 2)); t(lambda: {F(1), F(1), F(2)} == {F(1), F(2)})


def d(src):
    try:
        exec(src, {'dataclass': dataclass, 'field': field, 'InitVar': InitVar, 'KW_ONLY': KW_ONLY})
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)


d("@dataclass\nclass A:\n    x: int = 1\n    y: int\n")
d("@dataclass\nclass A:\n    x: list = []\n")
d("@dataclass\nclass A:\n    x: dict = {}\n")
d("@dataclass\nclass A:\n    x: set = set()\n")
d("@dataclass\nclass A:\n    x: int = field(default=1, default_factory=int)\n")
d("@dataclass(order=True, eq=False)\nclass A:\n    x: int\n")
d("@dataclass(order=True)\nclass A:\n    x: int\n    def __lt__(self, o): pass\n")
d("@dataclass(frozen=True)\nclass A:\n    x: int\n@dataclass\nclass B(A):\n    y: int\n")
d("@dataclass\nclass A:\n    x: int\n@dataclass(frozen=True)\nclass B(A):\n    y: int\n")
d("@dataclass\nclass A:\n    x = field()\n")
d("@dataclass\nclass A:\n    x: InitVar[int] = field(default_factory=int)\n")
d("@dataclass(unsafe_hash=True)\nclass A:\n    x: int\n    def __hash__(self): return 1\n")
d("@dataclass\nclass A:\n    a: int\n    _: KW_ONLY\n    b: int\n    c: KW_ONLY\n")
d("@dataclass(frozen=True)\nclass A:\n    x: int\n    def __setattr__(self, n, v): pass\n")
d("@dataclass(weakref_slot=True)\nclass A:\n    x: int\n")
d("@dataclass\nclass A:\n    self: int\n    other: int = 2\nprint(A(1), A(self=3))\n")


@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int


print(K(1, c=3), K.__match_args__, K.__doc__)
t(lambda: K(1, 2, 3))


@dataclass(kw_only=True)
class K2:
    a: int
    b: int = 2


print(K2(a=1), K2.__doc__, K2.__match_args__)


@dataclass
class K3:
    a: int = field(kw_only=True)
    b: int = 0


print(K3(5, a=1), K3.__doc__)


@dataclass
class I:
    x: int
    scale: InitVar[int] = 2
    y: int = field(init=False)

    def __post_init__(self, scale):
        self.y = self.x * scale


print(I(3), I(3, 10), [f.name for f in fields(I)], I.__doc__, InitVar[int], InitVar[list])
t(lambda: replace(I(1), y=5)); t(lambda: replace(I(1), x=5)); t(lambda: replace(I(1), x=5, scale=3))


@dataclass
class J:
    x: int
    s: InitVar[int]


t(lambda: replace(J(1, 2), x=3))


@dataclass(repr=False, eq=False)
class NR:
    x: int


print(NR(1) == NR(1), NR.__repr__ is object.__repr__, NR.__eq__ is object.__eq__)


@dataclass
class Nested:
    p: P
    items: list
    m: dict


print(asdict(Nested(P(1), [P(2), (P(3),)], {'k': P(4)})), astuple(Nested(P(1), [1], {'a': 1})))
print(asdict(P(1, 'b', [1, 2]), dict_factory=lambda pairs: pairs), astuple(P(2), tuple_factory=list))
t(lambda: asdict(P)); t(lambda: astuple(1)); t(lambda: fields(1)); t(lambda: replace(P, x=1)); t(lambda: replace(P(1), w=1))
C = make_dataclass('C', ['a', ('b', int), ('c', int, field(default=5))], namespace={'add': lambda self: self.a + self.b})
print(C(1, 2), C(1, 2).add(), C.__doc__, fields(C)[0].type, C.__name__)
D = make_dataclass('D', [('x', int)], bases=(P,), frozen=False, order=True)
print(D(7, 'q', []), D.__mro__[1] is P, D(1) < D(2))
t(lambda: make_dataclass('C', ['a', 'a'])); t(lambda: make_dataclass('C', ['for'])); t(lambda: make_dataclass('C', [1]))
t(lambda: make_dataclass('C', ['a b'])); t(lambda: make_dataclass('C', [('a', int, 1, 2)]))


@dataclass
class R:
    x: 'R' = None


r = R()
r.x = r
print(r)


@dataclass
class Base:
    x: int = 1


@dataclass
class Derived(Base):
    y: int = 2
    x: int = 3


print(Derived(), Derived.__doc__, [f.name for f in fields(Derived)])


@dataclass(eq=True)
class H:
    x: int


@dataclass(unsafe_hash=True)
class H2:
    x: int
    y: int = field(hash=False, compare=True)


@dataclass(frozen=True, eq=False)
class H3:
    x: int


print(H.__hash__, hash(H2(1, 2)) == hash((1,)), H2(1, 2) == H2(1, 3), H3.__hash__ is object.__hash__)


@dataclass
class Cmp:
    x: int
    y: int = field(compare=False, repr=False)


print(Cmp(1, 2) == Cmp(1, 3), Cmp(1, 2), repr(dataclasses.MISSING)[:29], dataclasses.FrozenInstanceError.__mro__)


@dataclass(match_args=False)
class NM:
    x: int


@dataclass
class DFI:
    x: list = field(default_factory=list, init=False)


@dataclass(init=False)
class NoInit:
    x: int

    def __init__(self, value):
        self.x = value * 2


print(hasattr(NM, '__match_args__'), DFI(), NoInit(4), NoInit.__doc__)


@dataclass
class Doc:
    """Documented."""
    x: int


@dataclass
class Point:
    x: float
    y: float

    def dist(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


print(Point.__match_args__, Point(3, 4).dist())
print(Doc.__doc__, Point(1.5, 2), sorted(dataclasses.__all__))
