# dataclasses inheritance and copies, enum lookups and flags, json hooks, typing hints: a second mixed program.
import copy, collections, dataclasses, enum, json, typing
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional, Protocol, TypeVar, Generic
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
@dataclass
class A:
    x: int
    def __post_init__(self):
        self.doubled = self.x * 2
@dataclass
class B(A):
    y: int = 0
    secret: str = field(default='s', repr=False)
    def __post_init__(self):
        super().__post_init__()
        self.sum = self.x + self.y
b = B(1, 2)
print(b, b.doubled, b.sum, B.__doc__, A(1) == B(1), B(1) == B(1), vars(b))
@dataclass(order=True)
class V:
    n: int
@dataclass(order=True)
class W(V):
    pass
t(lambda: V(1) < W(2)); t(lambda: W(1) < W(2)); t(lambda: V(1) == W(1))
@dataclass(frozen=True)
class Fz:
    a: int
    b: List[int] = field(default_factory=list, compare=False)
f = Fz(1)
print(dataclasses.replace(f, a=2), f == Fz(1, [9]), hash(f) == hash(Fz(1)), copy.copy(f), copy.deepcopy(Fz(1, [1])))
class Mode(enum.Enum):
    FAST = 'fast'
    SLOW = 'slow'
    @classmethod
    def _missing_(cls, value):
        for m in cls:
            if m.value == str(value).lower():
                return m
print(Mode('FAST'), Mode('Slow'), copy.copy(Mode.FAST) is Mode.FAST, copy.deepcopy([Mode.SLOW])[0] is Mode.SLOW, {m: m.value for m in Mode})
class Lvl(enum.IntEnum):
    LOW = 1
    HIGH = 3
print(list(range(Lvl.HIGH)), Lvl.LOW < 2, max(Lvl), f'{Lvl.HIGH:>4}|{Lvl.HIGH!s}|{Lvl.HIGH!r}', Lvl(3) is Lvl.HIGH, Lvl['LOW'])
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(list(Perm.RWX), Perm.RWX, format(Perm.R | Perm.X, '03b'), Perm(5), repr(Perm(5)), Perm.RWX & ~Perm.W, [p.name for p in Perm])
Animal = enum.Enum('Animal', 'ANT BEE CAT', module=__name__)
print(Animal.BEE, Animal.__module__, [a.value for a in Animal], Animal(3))
Ord = enum.StrEnum('Ord', ['FIRST', 'SECOND'])
print(list(Ord), Ord.FIRST == 'first')
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=collections.OrderedDict))
class DateDecoder(json.JSONDecoder):
    def decode(self, s):
        return ('decoded', super().decode(s))
print(json.loads('[1]', cls=DateDecoder))
print(json.dumps(b, default=lambda o: dataclasses.asdict(o)), json.dumps({'m': Mode.FAST}, default=lambda o: o.value))
T = TypeVar('T', bound='Comparable')
class Comparable(Protocol):
    def __lt__(self, other: Any) -> bool: ...
def biggest(xs: List[T]) -> Optional[T]:
    return max(xs) if xs else None
print(typing.get_type_hints(biggest), T, T.__bound__, biggest([3, 1]))
Handler = Callable[[str, int], Optional[Dict[str, Any]]]
print(Handler, typing.get_args(Handler), Optional[List[Dict[str, Any]]], Dict[str, Callable[..., Any]])
class Tree:
    def add(self, child: 'Tree') -> 'Tree': return self
    left: Optional['Tree'] = None
print(typing.get_type_hints(Tree.add), typing.get_type_hints(Tree))
K = TypeVar('K'); V2 = TypeVar('V2')
class Cache(Generic[K, V2], dict):
    pass
print(Cache[str, int], Cache.__mro__, Cache[str, int]().__class__)
class Named(typing.NamedTuple):
    a: int
    b: str = 'x'
print(json.dumps(Named(1)), Named(1)._asdict(), dataclasses.is_dataclass(Named))
