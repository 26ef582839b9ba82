class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "somewhere"
        case _:
            return "not a point"
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), (0, 0)]:
    print(where(p))
for v in [5, True, 2.5, "s", b"b", bytearray(b"ba"), [1], (1,), {"a": 1}, {1}, frozenset({2}), None]:
    match v:
        case bool(b):
            print("bool", b)
        case int(i):
            print("int", i)
        case float(f):
            print("float", f)
        case str(s):
            print("str", s)
        case bytes(bb):
            print("bytes", bb)
        case bytearray(ba):
            print("bytearray", ba)
        case list(l):
            print("list", l)
        case tuple(t):
            print("tuple", t)
        case dict(d):
            print("dict", d)
        case set(st):
            print("set", st)
        case frozenset(fs):
            print("frozenset", fs)
        case _:
            print("other", v)
class MyInt(int): pass
match MyInt(7):
    case int(n):
        print("int subclass", n, type(n).__name__)
class MyStr(str):
    __match_args__ = ("upper_",)
    @property
    def upper_(self): return self.upper()
match MyStr("abc"):
    case MyStr(u):
        print("custom match args", u)
match 5:
    case int(real=r, imag=i):
        print("keyword attrs", r, i)
def err(code):
    try:
        exec(code, globals())
    except Exception as e:
        print(type(e).__name__ + ":", e)
err("""
match Point(1, 2):
    case Point(1, 2, 3):
        pass
""")
err("""
match 5:
    case int(1, 2):
        pass
""")
class NoArgs: pass
err("""
match NoArgs():
    case NoArgs(1):
        pass
""")
class BadArgs:
    __match_args__ = ["a"]
err("""
match BadArgs():
    case BadArgs(1):
        pass
""")
class BadElem:
    __match_args__ = (1,)
err("""
match BadElem():
    case BadElem(1):
        pass
""")
err("""
match Point(1, 2):
    case Point(1, x=1):
        pass
""")
err("""
match 1:
    case len(1):
        pass
""")
err("""
match 1:
    case print():
        pass
""")
err("""
match {"a": 1}:
    case {"a": 1, "a": 2}:
        pass
""")
err("""
match 5:
    case x:
        pass
    case 6:
        pass
""")
err("""
match 5:
    case _:
        pass
    case 6:
        pass
""")
err("""
match 5:
    case x | y:
        pass
""")
err("""
match 5:
    case [x, x]:
        pass
""")
err("""
match 5:
    case [*a, *b]:
        pass
""")
err("""
match 5:
    case Point(x=1, x=2):
        pass
""")
err("""
match 5:
    case {f(): 1}:
        pass
""")
err("""
match 5:
    case {1: 1, True: 2}:
        pass
""")
err("""
match 5:
    case 1 | x:
        pass
""")
K = "dup"
class KK:
    A = "dup"
    B = "dup"
err("""
match {"dup": 1}:
    case {KK.A: 1, KK.B: 2}:
        pass
""")
err("""
match {"dup": 1}:
    case {KK.A: 1, []: 2}:
        pass
""")
class AttrErr:
    @property
    def boom(self): raise AttributeError("nope")
    @property
    def bad(self): raise ValueError("bad property")
match AttrErr():
    case AttrErr(boom=1):
        print("no")
    case AttrErr():
        print("AttributeError means no match")
err("""
match AttrErr():
    case AttrErr(bad=1):
        pass
""")
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
class Magic(metaclass=Meta): pass
match "magic":
    case Magic():
        print("instancecheck used")
class Sub(Point):
    pass
match Sub(1, 2):
    case Point(a, b):
        print("subclass uses inherited match args", a, b)
class Reset(Point):
    __match_args__ = ()
err("""
match Reset(1, 2):
    case Reset(a):
        pass
""")
class Two:
    __match_args__ = ("a", "b")
    a = 1
    b = 2
err("""
match Two():
    case Two(1, 2, 3):
        pass
""")
class One:
    __match_args__ = ("a",)
err("""
match One():
    case One(1, 2):
        pass
""")
match Two():
    case Two(1, b=2):
        print("mixed ok")
