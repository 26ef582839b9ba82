# dataclasses with typing annotations: ClassVar (also as strings) is not a field, InitVar, generics.
import dataclasses
import typing
from dataclasses import dataclass, field, fields, InitVar
from typing import ClassVar, List, Optional, Generic, TypeVar

T = TypeVar('T')


@dataclass
class P:
    x: int
    y: str = 'a'
    z: List[int] = field(default_factory=list)
    c: ClassVar[int] = 5
    d: 'ClassVar[str]' = 'no field'
    e: typing.ClassVar[float] = 1.5
    f: Optional[int] = None


print(P(1), [f.name for f in fields(P)], P.c, P.d, P.__doc__, list(P.__dataclass_fields__))
print(P.__dataclass_fields__['c']._field_type, P.__dataclass_fields__['x']._field_type)


@dataclass
class Box(Generic[T]):
    item: T
    tags: List[str] = field(default_factory=list)


b = Box[int](3)
print(b, Box.__parameters__, Box.__doc__, b.__orig_class__, typing.get_type_hints(Box))


@dataclass
class WithInit:
    base: int
    factor: InitVar[Optional[int]] = None
    total: int = field(init=False, default=0)

    def __post_init__(self, factor):
        self.total = self.base * (factor or 1)


print(WithInit(2), WithInit(2, 5), WithInit.__doc__, typing.get_type_hints(WithInit))
try:
    @dataclass
    class Bad:
        x: ClassVar[int] = field(default_factory=int)
except TypeError as e:
    print('TypeError', e)
try:
    @dataclass
    class Bad2:
        x: ClassVar[int] = field(kw_only=True)
except TypeError as e:
    print('TypeError', e)
