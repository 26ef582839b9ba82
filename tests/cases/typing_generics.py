# typing: generics in use, get_type_hints, errors, protocols, NamedTuple/TypedDict/NewType, overload.
import typing, dataclasses
from typing import *
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
T = TypeVar('T')
S = TypeVar('S', bound='Base')
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1); print(s.pop(), s.__orig_class__, Stack.__parameters__, get_type_hints(Stack.push), get_type_hints(Stack.pop))
@dataclasses.dataclass
class D:
    x: ClassVar[int] = 1
    y: 'ClassVar[int]' = 2
    z: typing.ClassVar[str] = 'a'
    w: int = 0
print(D(), [f.name for f in dataclasses.fields(D)])
def f(a: 'int', b: list[int], c: int | None = None, *args: str, **kw: 'Dict[str, int]') -> Optional[str]: pass
print(get_type_hints(f))
def g(x: Annotated[int, 'meta']) -> None: pass
print(get_type_hints(g), get_type_hints(g, include_extras=True))
t(lambda: get_type_hints(1)); t(lambda: get_type_hints(lambda: 0))
t(lambda: TypeVar('X', int)); t(lambda: TypeVar('X', int, str, bound=int)); t(lambda: TypeVar('X', covariant=True, contravariant=True))
t(lambda: Union[int, 3]); t(lambda: List[3]); t(lambda: Callable[int, str]); t(lambda: Generic[T, T]); t(lambda: Generic[()]); t(lambda: ClassVar[int, str])
t(lambda: typing.ForwardRef('1 +')); t(lambda: Literal[1, 1, 2]); t(lambda: Literal[True, 1]); t(lambda: Literal[[1]]) ; t(lambda: Annotated[int])
t(lambda: List()); t(lambda: Dict[str, int]()); t(lambda: typing.Deque[int]()); t(lambda: Optional()); t(lambda: Union[int, str]())
t(lambda: Tuple[int, str].__args__); t(lambda: Tuple[()].__args__); t(lambda: Tuple[int, ...].__args__); t(lambda: Callable[..., int].__args__)
t(lambda: isinstance(3, Optional[int])); t(lambda: issubclass(bool, Union[int, str])); t(lambda: isinstance([], typing.Sequence)); t(lambda: isinstance({}, Mapping)); t(lambda: isinstance(len, Callable))
t(lambda: List[int] | None); t(lambda: int | List[str]); t(lambda: T | None); t(lambda: Optional[T][int]); t(lambda: Dict[str, T][int]); t(lambda: Union[int, str][int])
class MyList(List[int]): pass
print(MyList.__mro__, MyList.__orig_bases__, MyList([1, 2]))
class P(Protocol):
    name: str
    def greet(self) -> str: ...
t(lambda: P()); t(lambda: issubclass(int, P))
@runtime_checkable
class HasLen(Protocol):
    def __len__(self) -> int: ...
print(isinstance([], HasLen), isinstance(1, HasLen), issubclass(dict, HasLen), isinstance(3, SupportsInt), isinstance('x', SupportsInt), isinstance(3.5, SupportsFloat))
t(lambda: runtime_checkable(int))
class Coord(NamedTuple):
    lat: float
    lon: float = 0.0
    def __str__(self): return f'{self.lat},{self.lon}'
c = Coord(1.5)
print(c, repr(c), c.lat, c[1], Coord._field_defaults, Coord.__doc__, Coord._make([1, 2]), tuple(c), c == (1.5, 0.0))
t(lambda: exec("class Bad(NamedTuple):\n    a: int = 1\n    b: int\n", {'NamedTuple': NamedTuple}))
t(lambda: exec("class Bad(NamedTuple):\n    _fields: int\n", {'NamedTuple': NamedTuple}))
t(lambda: NamedTuple('N', [('a', int)], b=int))
G = NamedTuple('G', x=int, y=str)
print(G(1, 'a'), G.__annotations__)
class Base(TypedDict):
    a: int
class Child(Base, total=False):
    b: str
    c: Required[int]
print(Child.__required_keys__ == {'a', 'c'}, Child.__optional_keys__, Child.__annotations__, Child(a=1), is_typeddict(Child), is_typeddict(dict))
t(lambda: exec("class X(TypedDict, int): pass", {'TypedDict': TypedDict}))
UserId = NewType('UserId', int)
print(UserId, UserId(5), UserId.__supertype__, UserId.__name__)
t(lambda: exec("class U(UserId): pass", {'UserId': UserId}))
@overload
def h(x: int) -> int: ...
@overload
def h(x: str) -> str: ...
def h(x): return x
print(len(get_overloads(h)), h('a'))
t(lambda: typing._overload_dummy())
print(cast(List[int], [1]), assert_type(3, int), final(lambda: 1)(), TYPE_CHECKING)
t(lambda: assert_never(5))
print(T.__name__, T.__bound__, T.__constraints__, S.__bound__, repr(S), AnyStr.__constraints__)
P2 = ParamSpec('P2')
print(P2, P2.args, P2.kwargs, Callable[P2, int], Concatenate[int, P2], Ts if (Ts := TypeVarTuple('Ts')) else '', Unpack[Ts] if False else '')
print(repr(List[T].__parameters__), Mapping[str, List[T]][int], Callable[[T], List[T]][str])
print(typing.get_origin(Callable), get_args(Callable[..., int]), get_args(Callable[[], int]), get_args(Tuple[int, ...]), get_args(Literal[1, 2]))
print(Union[int, str] == Union[str, int], hash(Union[int, str]) == hash(Union[str, int]), List[int] == list[int], Optional[int] == (int | None), Literal[1, 2] == Literal[2, 1])
class Node(Generic[T]):
    children: 'List[Node[T]]'
print(get_type_hints(Node))
print(typing.Any, Any is typing.Any, isinstance(Any, type))
class Sub(Any): pass
print(Sub.__mro__)
