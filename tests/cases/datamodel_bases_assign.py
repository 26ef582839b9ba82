class A:
    def who(self): return "A"
class B(A): pass
class C:
    def who(self): return "C"
b = B()
print(b.who())
B.__bases__ = (C,)
print(B.__mro__, b.who(), A.__subclasses__(), C.__subclasses__(), B.__base__)
class S:
    __slots__ = ("a",)
for value in [(S,), (), (B,), [A], (1,)]:
    try:
        B.__bases__ = value
    except TypeError as e:
        print("TypeError:", e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print("TypeError:", e)
try:
    del B.__bases__
except TypeError as e:
    print("TypeError:", e)
try:
    B.__mro__ = ()
except AttributeError as e:
    print("AttributeError:", e)
class D(B): pass
B.__bases__ = (A, C)
print(D.__mro__, D().who())
class X: pass
class Y(X): pass
class Z(Y): pass
try:
    Y.__bases__ = (X, Z)
except TypeError as e:
    print("TypeError:", e)
class P: pass
class Q: pass
class R(P, Q): pass
class T(Q, P): pass
try:
    P.__bases__ = (R,)
except TypeError as e:
    print("TypeError:", e)
print(P.__bases__, R.__mro__)
