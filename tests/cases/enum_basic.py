# Enum, IntEnum, StrEnum: members, reprs, str/format, lookups, aliases, errors.
import enum
from enum import Enum, IntEnum, StrEnum, auto, unique


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


print(Color, repr(Color), Color.RED, repr(Color.RED), str(Color.RED), format(Color.RED), f"{Color.RED}",
      f"{Color.RED!r}", f"{Color.RED:>12}|", f"{Color.RED:<10}|")
print(Color.CRIMSON is Color.RED, list(Color), len(Color), Color.__members__)
print(Color(1), Color['GREEN'], Color(Color.BLUE), Color.RED.name, Color.RED.value, Color.CRIMSON.name)
print(Color.RED in Color, hash(Color.RED) == hash('RED'), Color.RED == 1, Color.RED != Color.GREEN, Color.RED == Color.RED)
print(type(Color.RED), isinstance(Color.RED, Color), isinstance(Color, enum.EnumMeta), type(Color) is enum.EnumType)
print(Color._member_names_, Color._member_map_, Color._value2member_map_, Color._member_type_)
print(dir(Color), dir(Color.RED))
print(list(reversed(Color)), bool(Color), {Color.RED: 'r'}[Color.CRIMSON], sorted(Color, key=lambda c: c.value, reverse=True))
print(Color.RED.__reduce_ex__(2), Color.RED.__class__.__name__, Color.__name__, Color.__qualname__)
for bad in [lambda: Color(5), lambda: Color['X'], lambda: setattr(Color, 'RED', 5), lambda: delattr(Color, 'RED'),
            lambda: Color.RED < Color.GREEN, lambda: setattr(Color.RED, 'name', 'x'), lambda: setattr(Color.RED, 'value', 1),
            lambda: Color('RED'), lambda: Color(), lambda: Color(1, 2), lambda: Color.name, lambda: Color.PURPLE,
            lambda: Enum(1), lambda: IntEnum(1), lambda: Color.__foo__]:
    t(bad)
Color.NEW = 5
print(Color.NEW, len(Color))


class Num(IntEnum):
    ONE = 1
    TWO = 2


print(Num.ONE, repr(Num.ONE), str(Num.ONE), format(Num.ONE), f"{Num.ONE:03d}", Num.ONE + 1, Num.ONE == 1, Num.TWO > Num.ONE,
      Num(2), sorted([Num.TWO, Num.ONE]), int(Num.TWO), Num.ONE.real, hash(Num.ONE) == hash(1), {1: 'x'}[Num.ONE],
      Num.TWO * 3, isinstance(Num.ONE, int), [1, 2, 3][Num.ONE], Num.__mro__)


class S(StrEnum):
    A = auto()
    B = 'bee'
    LONG_NAME = auto()


print(S.A, repr(S.A), str(S.A), format(S.A), S.A == 'a', S.B.upper(), S('bee'), len(S.B), list(S), S.__mro__,
      f'{S.B:>5}', S.A + '!', 'x' + S.B)


class Foo(str, Enum):
    A = 'a'


class Bar(int, Enum):
    A = 1


class Baz(float, Enum):
    A = 1.5


for m in (Foo.A, Bar.A, Baz.A):
    print(repr(m), str(m), format(m), f"{m:>6}", m == m.value, m.value, type(m.value), type(m).__mro__)


class A(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()


print(list(A), [m.value for m in A])


@unique
class U(Enum):
    A = 1
    B = 2


print(list(U))
try:
    @unique
    class U2(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print(e)


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(Shape.ALIAS_FOR_SQUARE, Shape['ALIAS_FOR_SQUARE'], list(Shape.__members__.items()), Shape(2))


class Base(Enum):
    def describe(self):
        return self.name.lower() + '!'

    @classmethod
    def first(cls):
        return list(cls)[0]


class Ext(Base):
    Q = 1
    R = 2


print(Ext.Q.describe(), Ext.first(), Ext.__mro__)
for defn in ["class Bad(Enum):\n    A = 1\n    A = 2\n", "class Ext2(Color):\n    PINK = 4\n",
             "class B(Enum):\n    _foo_ = 1\n", "class B(Enum):\n    mro = 1\n",
             "class B(Enum):\n    A = staticmethod\n    A = 1\n", "class B(Enum):\n    A = 1\n    def A(self): pass\n",
             "class B(Enum):\n    A = auto()\n    def _generate_next_value_(name, start, count, last_values): return 1\n",
             "class G(Enum):\n    _order_ = 'B A'\n    A = 1\n    B = 2\n", "class G(Enum):\n    _order_ = 'A B'\n    A = 1\n    B = 2\n    C = 1\n",
             "class S(StrEnum):\n    A = 1\n", "class R(enum.ReprEnum):\n    A = 1\n",
             "class N(Enum, int):\n    A = 1\n", "class M(int, Enum):\n    A = 'x'\n"]:
    try:
        exec(defn, {'Enum': Enum, 'auto': auto, 'Color': Color, 'StrEnum': StrEnum, 'enum': enum})
        print('ok')
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
