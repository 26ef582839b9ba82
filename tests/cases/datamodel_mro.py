class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(D.__mro__)
print(D.mro())
print([c.__name__ for c in D.__mro__])
print(type(D.__mro__), type(D.mro()))
class X: pass
class Y: pass
class Z(X, Y): pass
try:
    class E(X, Z): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class F(A, B): pass
except TypeError as e:
    print("TypeError:", e)
class O: pass
class K1(O): pass
class K2(O): pass
class K3(O): pass
class A1(K1, K2): pass
class B1(K2, K3): pass
try:
    class Bad(A1, B1, K1, K3): pass
except TypeError as e:
    print("TypeError:", e)
class Good(A1, B1): pass
print([c.__name__ for c in Good.__mro__])
try:
    class Dup(A, A): pass
except TypeError as e:
    print("TypeError:", e)
try:
    type("T", (X, Z), {})
except TypeError as e:
    print("TypeError:", e)
# super through diamond
class P:
    def f(self): return ["P"]
class Q(P):
    def f(self): return ["Q"] + super().f()
class R(P):
    def f(self): return ["R"] + super().f()
class S(Q, R):
    def f(self): return ["S"] + super().f()
print(S().f())
print(S.__bases__, S.__base__)
print(object.__mro__, int.__mro__, bool.__mro__)
print(object.__bases__, object.__base__)
class M(type):
    def mro(cls):
        return [cls, object]
class WithM(int, metaclass=M): pass
print(WithM.__mro__)
