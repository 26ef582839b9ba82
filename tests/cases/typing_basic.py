# typing: reprs of the special forms and aliases, get_origin/get_args, Generic, NamedTuple, TypedDict, Protocol.
import typing
from typing import (TypeVar, Generic, Optional, Union, List, Dict, Tuple, Set, FrozenSet, Type, Callable, Iterable, Iterator,
                    Sequence, Mapping, Any, NoReturn, ClassVar, Final, Literal, Annotated, NamedTuple, TypedDict, Protocol,
                    runtime_checkable, cast, overload, get_type_hints, get_origin, get_args, TYPE_CHECKING)
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
T = TypeVar('T'); K = TypeVar('K', bound=int); V = TypeVar('V', int, str); Co = TypeVar('Co', covariant=True); Contra = TypeVar('Contra', contravariant=True)
print(T, K, V, Co, Contra, T.__name__, K.__bound__, V.__constraints__, Co.__covariant__, T.__module__)
print(Optional[int], Union[int, str], Union[int], Union[int, None], Union[None, int], Optional[Union[int, str]], Union[int, Union[str, float]], Union[int, int])
print(List[int], Dict[str, int], Tuple[int, ...], Tuple[()], Tuple[int, str], Set[int], FrozenSet[str], Type[int], Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Iterable[int], Iterator[str], Sequence[T], Mapping[str, T], Any, NoReturn, ClassVar[int], Final[int], Literal[1, 'a', None], Annotated[int, 'meta', 5])
print(List, Dict, Callable, Union, Optional, Tuple, Literal, typing.Generic, typing.Protocol, Type)
print(List[T][int], Dict[K, V][int, str], Optional[T][int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]), get_args(Callable[[int], str]), get_origin(Callable[[int], str]), get_args(int | None), get_origin(int | None), get_origin(int), get_args(int), get_origin(Literal[1]), get_args(Annotated[int, 'x']), get_origin(Annotated[int, 'x']), get_origin(List), get_origin(Generic), get_origin(list[int]))
class Box(Generic[T]):
    def __init__(self, item: T): self.item = item
print(Box[int], Box.__parameters__, Box[int].__origin__, Box[int].__args__, Box.__orig_bases__, Box.__mro__, Box[int](3).item, Box(3).item)
class Pair(Generic[K, V]): pass
print(Pair[int, str], Pair.__parameters__)
class IntBox(Box[int]): pass
print(IntBox.__orig_bases__, IntBox.__parameters__, IntBox.__mro__)
t(lambda: Box[int, str]); t(lambda: Generic[int]); t(lambda: isinstance(1, List[int])); t(lambda: isinstance([], List)); t(lambda: isinstance(1, Union[int, str])); t(lambda: isinstance(1, Any)); t(lambda: Optional[int, str]); t(lambda: Union[()]); t(lambda: Any())
t(lambda: List[int, str]); t(lambda: Dict[int]); t(lambda: issubclass(list, Sequence)); t(lambda: isinstance([], Iterable)); t(lambda: isinstance(1, Iterable)); t(lambda: Box[int] == Box[int]); t(lambda: List[int] == List[int]); t(lambda: Union[int, str] == Union[str, int])
class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self): return self.x + self.y
p = Point(1)
print(p, Point(1, 2), p.norm(), Point._fields, Point._field_defaults, Point.__annotations__, p._asdict(), p._replace(x=5), isinstance(p, tuple), Point.__mro__)
t(lambda: Point()); t(lambda: Point(1, 2, 3))
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp._fields)
class Movie(TypedDict):
    name: str
    year: int
class PMovie(TypedDict, total=False):
    rating: float
m = Movie(name='x', year=1)
print(m, type(m), Movie.__annotations__, Movie.__total__, sorted(Movie.__required_keys__), PMovie.__optional_keys__, PMovie.__total__)
t(lambda: isinstance(m, Movie))
Alt = TypedDict('Alt', {'a': int})
print(Alt(a=1), Alt.__annotations__)
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable), Closable.__mro__ if False else '')
class NotRC(Protocol):
    def x(self): ...
t(lambda: isinstance(F(), NotRC))
print(cast(int, 'x'), cast('List[int]', 5), TYPE_CHECKING)
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
print(f(3))
def g(a: int, b: 'List[int]', c: Optional['str'] = None) -> 'int': pass
print(get_type_hints(g))
class C:
    x: int
    y: 'List[str]'
    z: ClassVar[int] = 3
print(get_type_hints(C), C.__annotations__)
print(typing.ForwardRef('X'), typing.Text, typing.AnyStr, typing.NewType('UserId', int), typing.NewType('UserId', int)(5))
print(typing.Sized, typing.Hashable, typing.Collection[int], typing.Deque[int], typing.DefaultDict[str, int], typing.Counter[str], typing.OrderedDict[str, int], typing.ChainMap[str, int], typing.Awaitable[int], typing.Generator[int, None, None], typing.AbstractSet[int], typing.MutableMapping[str, int], typing.Reversible[int], typing.ContextManager[int], typing.Pattern, typing.Match[str], typing.IO[str], typing.TextIO, typing.SupportsInt)
print(int | str, List[int] | None, Optional[List[int]], Union[List[int], Dict[str, int]], typing.Self, typing.Never, typing.LiteralString, typing.TypeAlias)
print(repr(typing.Union[int, 'str']), typing.Tuple[int, ...][0] if False else '', Callable[[T], T][int])
print(sorted(n for n in typing.__all__)[:20])
