class A:
    def __init__(self, v): self.v = v
class B: pass
for expr in ["A(1) < A(2)", "A(1) <= B()", "A(1) > 1", "1 >= A(1)", "A(1) < 'x'", "[A(1)] < [A(2)]", "(1, A(1)) < (1, A(2))", "None < 1", "sorted([A(1), A(2)])", "max(A(1), A(2))"]:
    try:
        print(eval(expr))
    except TypeError as e:
        print("TypeError:", e)
print(A(1) == A(1), A(1) != A(1))
a = A(1); print(a == a, a != a)
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("Eq.__eq__", type(o).__name__)
        return isinstance(o, Eq) and self.v == o.v
print(Eq(1) == Eq(1), Eq(1) != Eq(2), Eq(1) == 1, 1 == Eq(1), 1 != Eq(1))
try:
    hash(Eq(1))
except TypeError as e:
    print("TypeError:", e)
print(Eq.__hash__)
try:
    {Eq(1)}
except TypeError as e:
    print("TypeError:", e)
class EqHash(Eq):
    def __hash__(self): return hash(self.v)
print(hash(EqHash(5)), len({EqHash(1), EqHash(1)}))
class Sub(Eq): pass
try:
    hash(Sub(1))
except TypeError as e:
    print("TypeError:", e)
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
class InheritHash(EqHash):
    def __eq__(self, o): return True
try:
    hash(InheritHash(1))
except TypeError as e:
    print("TypeError:", e)
class Ord:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("lt", self.v, getattr(o, "v", o))
        return NotImplemented if not isinstance(o, Ord) else self.v < o.v
    def __gt__(self, o):
        print("gt", self.v, getattr(o, "v", o))
        return NotImplemented
    def __le__(self, o): return NotImplemented
    def __ge__(self, o): return NotImplemented
print(Ord(1) < Ord(2))
print(Ord(2) > Ord(1))
try:
    Ord(1) < 5
except TypeError as e:
    print("TypeError:", e)
try:
    Ord(1) <= Ord(2)
except TypeError as e:
    print("TypeError:", e)
class RevSub(Ord):
    def __gt__(self, o):
        print("RevSub.gt")
        return "revsub"
print(Ord(1) < RevSub(2))
class NE:
    def __eq__(self, o): return NotImplemented
print(NE() == NE(), NE() != NE(), NE() == 1)
class CustomNe:
    def __ne__(self, o): return "custom-ne"
print(CustomNe() != 1, CustomNe() == 1)
class Rich:
    def __eq__(self, o): return "eq-result"
    __hash__ = object.__hash__
print(Rich() == 1, Rich() != 1, 1 == Rich())
print(hash(Rich()) == hash(Rich()) or True)
class Truthy:
    def __init__(self, b=None, l=None): self.b, self.l = b, l
class WithBool:
    def __bool__(self): return False
class WithLen:
    def __len__(self): return 0
class BadBool:
    def __bool__(self): return 1
class BadLen:
    def __len__(self): return -1
class BigLen:
    def __len__(self): return 2**70
class StrLen:
    def __len__(self): return "x"
class BothBL:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(WithBool()), bool(WithLen()), bool(Truthy()), bool(BothBL()), not WithLen())
print("yes" if WithLen() else "no")
for cls in (BadBool, BadLen, BigLen, StrLen):
    try:
        print(bool(cls()))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
for cls in (BadLen, BigLen, StrLen):
    try:
        print(len(cls()))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
class LenIdx:
    def __len__(self):
        class I:
            def __index__(self): return 4
        return I()
print(len(LenIdx()), bool(LenIdx()))
