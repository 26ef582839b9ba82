# Flag and IntFlag: combinations, reprs, iteration, boundaries, auto, inversion.
import enum
from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Perm(Flag):
    R = 4
    W = 2
    X = 1


print(Perm.R | Perm.W, repr(Perm.R | Perm.W), str(Perm.R | Perm.W), repr(Perm(0)), str(Perm(0)), repr(~Perm.R),
      Perm.R in (Perm.R | Perm.W), list(Perm.R | Perm.X), len(Perm.R | Perm.W), bool(Perm(0)), repr(Perm(7)), Perm(7).name,
      Perm(6).value, format(Perm.R | Perm.X), f'{Perm.W:>8}|')
print(list(Perm), Perm.__members__, repr(Perm.R & Perm.W), repr(Perm.R ^ Perm.R), repr(Perm.R ^ Perm.W), repr(~~Perm.R),
      repr(~(Perm.R | Perm.W | Perm.X)), Perm, Perm.__mro__, Perm._boundary_, repr(Perm.__or__(Perm.R, 5)))
t(lambda: Perm(8)); t(lambda: Perm(-1)); t(lambda: Perm(-8)); t(lambda: Perm('a')); t(lambda: Perm(1.0))
t(lambda: 1 in Perm.R); t(lambda: Perm.R | 1); t(lambda: Perm.R | Perm.R); t(lambda: Perm(3) is Perm.W | Perm.X)
t(lambda: enum.Flag(1))


class P2(IntFlag):
    R = 4
    W = 2
    X = 1


print(P2.R | P2.W, repr(P2.R | P2.W), str(P2.R | P2.W), format(P2.R | P2.W), repr(P2(0)), repr(~P2.R), repr(P2(8)),
      repr(P2.R | 8), P2.R + 1, repr(P2.R | 1), P2(9).name, P2.R == 4, isinstance(P2.R, int), P2.__mro__, P2._boundary_,
      repr(3 | P2.R), repr(P2.R & 6), P2.W << 1, list(P2(7)), len(P2(5)))


def mk(body, base=Flag, **kw):
    ns = {}
    try:
        exec("class F(base, **kw):\n" + body, {'base': base, 'kw': kw, 'auto': auto, 'enum': enum}, ns)
    except Exception as e:
        print(type(e).__name__, e)
        return None
    F = ns['F']
    print(repr(F), list(F), F.__members__, F._flag_mask_, F._all_bits_, F._singles_mask_)
    return F


F = mk("    A = 1\n    C = 7\n")
F = mk("    A = 1\n    B = 2\n    AB = 3\n")
t(lambda: F(3)); t(lambda: ~F.A); t(lambda: list(F.AB)); t(lambda: F.AB.name); t(lambda: F(0)); t(lambda: len(F.AB))
F = mk("    A = auto()\n    B = auto()\n    C = auto()\n")
F = mk("    A = 1\n    B = 2\n    C = 4\n", boundary=CONFORM)
t(lambda: F(15)); t(lambda: F(-1)); t(lambda: ~F.A)
F = mk("    A = 1\n    B = 2\n    C = 4\n", boundary=EJECT)
t(lambda: F(15)); t(lambda: F(-1)); t(lambda: ~F.A)
F = mk("    A = 1\n    B = 2\n    C = 4\n", boundary=KEEP)
t(lambda: F(15)); t(lambda: F(-1)); t(lambda: ~F.A); t(lambda: F(8) | F.A); t(lambda: str(F(9)))
F = mk("    A = 1\n    B = 2\n    C = 16\n", base=IntFlag)
t(lambda: F(15)); t(lambda: F(-1)); t(lambda: ~F.A); t(lambda: F.A | 2); t(lambda: F.A + 2); t(lambda: F.A & 3)
t(lambda: 3 | F.A); t(lambda: F.A ^ F.B); t(lambda: str(F.A | F.B)); t(lambda: format(F.A, 'x')); t(lambda: F(0))
t(lambda: list(F(19)))
F = mk("    A = 4\n    B = 1\n    C = 2\n")
t(lambda: list(F(7))); t(lambda: F(7)); t(lambda: list(F))
F = mk("    NONE = 0\n    A = 1\n    B = 2\n")
t(lambda: F(0)); t(lambda: F.NONE); t(lambda: list(F)); t(lambda: ~F.NONE); t(lambda: F.A & F.B)
F = mk("    A = 1\n    B = 2\n    ALL = 3\n    _order_ = 'A B ALL'\n")
F = mk("    A = 1\n    B = 'x'\n")
F = mk("    A = 1.5\n")
F = mk("    A = 1\n", base=IntFlag, boundary=STRICT)
t(lambda: F(2))


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(repr(Color.WHITE), list(Color.WHITE), repr(~Color.RED), repr(Color(0)), Color.RED in Color.WHITE,
      repr(Color.RED | Color.GREEN), bool(Color(0)), list(Color), Color.WHITE.value, Color['WHITE'])
print(enum.show_flag_values(5), enum.show_flag_values(0), enum.bin(10), enum.bin(~10), enum.bin(5, 8))


@enum.global_enum
class GF(IntFlag):
    FA = 1
    FB = 2
    FC = 8


print(repr(GF.FA), str(GF.FA), repr(GF.FA | GF.FB), str(GF.FA | GF.FB), repr(GF(0)), repr(GF(4)), repr(GF.FA | 4),
      repr(~GF.FA), FA, FC)


@enum.global_enum
class GE(enum.Enum):
    EA = 1


@enum.global_enum
class GI(enum.IntEnum):
    IA = 1


print(repr(GE.EA), str(GE.EA), repr(GI.IA), str(GI.IA), EA, IA)
