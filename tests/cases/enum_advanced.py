# Enum: functional API, _missing_, __new__/__init__ members, member/nonmember, _ignore_, verify, properties.
import enum
from enum import Enum, IntEnum, auto, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


F = Enum('F', 'RED GREEN BLUE')
F2 = Enum('F2', [('A', 10), ('B', 20)])
F3 = Enum('F3', {'X': 'x'})
F4 = Enum('F4', ['P', 'Q'], start=5)
F5 = IntEnum('F5', 'a,b c')
F6 = enum.Flag('F6', 'X Y Z')
F7 = Enum('F7', 'A B', qualname='Outer.F7', type=int)
print(F, list(F), F.RED.value, list(F2), list(F3), list(F4), list(F5), repr(F5.a), F5.b + 1, list(F6), repr(F6.X | F6.Z))
print(F7.__qualname__, F7.__mro__, F7.B + 1, F7(1))


class M(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls.__members__.get(value.upper())
        return cls.A if value == 99 else None


print(M(99), M('a'))
t(lambda: M(5)); t(lambda: M('z'))


class Bad(Enum):
    A = 1

    @classmethod
    def _missing_(cls, v):
        return 5


class Raises(Enum):
    A = 1

    @classmethod
    def _missing_(cls, v):
        raise KeyError('k')


t(lambda: Bad(3)); t(lambda: Raises(3))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2), repr(Planet.EARTH),
      Planet((3.303e+23, 2.4397e6)))


class NewE(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj

    A = 1, 'one'
    B = 2, 'two'


print(NewE.A, NewE(2), NewE.B.label, NewE.A.value, repr(NewE.A))


class IntNew(int, Enum):
    def __new__(cls, value, doc):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.doc = doc
        return obj

    A = 1, 'first'


print(IntNew.A + 1, IntNew.A.doc, repr(IntNew.A))


class Ordered(Enum):
    def __lt__(self, other):
        return self.value < other.value

    A = 2
    B = 1


print(Ordered.B < Ordered.A, sorted(Ordered))


class WithNon(Enum):
    A = 1
    B = enum.nonmember(2)
    _ignore_ = ['tmp']
    tmp = 5

    @enum.member
    def C(self):
        return 'called'

    def method(self):
        return 'method'


print([m.name for m in WithNon], WithNon.B, hasattr(WithNon, 'tmp'), WithNon.C.value(None), WithNon.A.method())


class X(Enum):
    name = 1
    value = 2


t(lambda: X.name); t(lambda: X.value); t(lambda: X.name.value); t(lambda: X.value.name); t(lambda: list(X))


class Unh(Enum):
    A = [1]
    B = [2]


print(Unh([1]), Unh._unhashable_values_, Unh._value2member_map_)
t(lambda: Unh([3]))


class Multi(Enum):
    A = 1, 2
    B = (3,)


print(Multi.A.value, Multi.B.value, Multi((1, 2)))


class Tup(tuple, Enum):
    A = (1, 2)


print(repr(Tup.A), Tup.A[0], Tup.A.value)


class D(Enum):
    A = 1

    def __str__(self):
        return 'custom'


class E(Enum):
    A = 1

    def __repr__(self):
        return 'R'


print(str(D.A), format(D.A), f'{D.A}', repr(D.A), str(E.A), repr(E.A), format(E.A))


def verified(decorator, body, base=Enum):
    try:
        ns = {}
        exec("@decorator\nclass A(base):\n" + body, {'decorator': decorator, 'base': base}, ns)
        print(list(ns['A']))
    except ValueError as e:
        print('ValueError', e)


verified(verify(UNIQUE), "    X = 1\n    Y = 1\n")
verified(verify(CONTINUOUS), "    X = 1\n    Y = 3\n    Z = 5\n")
verified(verify(NAMED_FLAGS), "    X = 1\n    Y = 2\n    Z = 11\n", enum.Flag)
verified(verify(NAMED_FLAGS), "    X = 1\n    Y = 16\n    Z = 11\n    W = 40\n", enum.Flag)
verified(verify(CONTINUOUS), "    X = 1\n    Y = 4\n", enum.Flag)
verified(verify(UNIQUE, CONTINUOUS), "    X = 1\n    Y = 2\n", IntEnum)
print(enum.UNIQUE, repr(enum.CONTINUOUS), list(enum.EnumCheck), list(enum.FlagBoundary), repr(enum.KEEP))
print(repr(auto()), enum.Flag.__members__, list(Enum), sorted(enum.__all__))


class Pet(Enum):
    CAT = 1
    DOG = 2

    @classmethod
    def parse(cls, text):
        return cls[text.upper()]

    @property
    def sound(self):
        return {'CAT': 'meow', 'DOG': 'woof'}[self.name]


print(Pet.parse('dog'), Pet.DOG.sound, [p.sound for p in Pet])
match Pet.CAT:
    case Pet.DOG:
        print('dog')
    case Pet.CAT:
        print('cat')
print(Pet.CAT.__dict__)
