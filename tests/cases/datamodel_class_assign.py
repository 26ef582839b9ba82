class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
a = A()
a.x = 1
a.__class__ = B
print(a.who(), type(a).__name__, a.x, isinstance(a, B))
try:
    a.__class__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    a.__class__ = int
except TypeError as e:
    print("TypeError:", e)
try:
    (1).__class__ = bool
except TypeError as e:
    print("TypeError:", e)
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("a",)
class S3:
    __slots__ = ("b",)
s = S1(); s.a = 1
s.__class__ = S2
print(type(s).__name__, s.a)
try:
    s.__class__ = S3
except TypeError as e:
    print("TypeError:", e)
try:
    s.__class__ = A
except TypeError as e:
    print("TypeError:", e)
class L(list): pass
class L2(list): pass
l = L([1]); l.__class__ = L2; print(type(l).__name__, l)
try:
    l.__class__ = A
except TypeError as e:
    print("TypeError:", e)
try:
    del a.__class__
except TypeError as e:
    print("TypeError:", e)
