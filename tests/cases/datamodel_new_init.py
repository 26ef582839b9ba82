def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
class Plain: pass
class WithInit:
    def __init__(self, a): self.a = a
class WithNew:
    def __new__(cls, a): return super().__new__(cls)
class NewPassesArgs:
    def __new__(cls, *a, **k): return super().__new__(cls, *a, **k)
class InitPassesArgs:
    def __init__(self, *a): super().__init__(*a)
err(lambda: Plain(1))
err(lambda: Plain(a=1))
err(lambda: WithInit(1).a)
err(lambda: WithNew(1).__class__.__name__)
err(lambda: NewPassesArgs(1))
err(lambda: InitPassesArgs(1))
err(lambda: object(1))
err(lambda: object.__new__(1))
err(lambda: object.__new__(int))
err(lambda: int.__new__(Plain))
err(lambda: object.__init__(Plain(), 1))
class BadInit:
    def __init__(self): return 5
err(lambda: BadInit())
class Other: pass
class NewOther:
    def __new__(cls): return Other()
    def __init__(self): print("not called")
err(lambda: type(NewOther()).__name__)
class NewSub:
    def __new__(cls): return super().__new__(Sub)
    def __init__(self): print("NewSub.__init__ runs for", type(self).__name__)
class Sub(NewSub): pass
err(lambda: type(NewSub()).__name__)
class ListSub(list):
    def __init__(self, *a):
        print("ListSub init", a)
        super().__init__(*a)
err(lambda: ListSub([1, 2]))
class IntSub(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
err(lambda: IntSub(21))
class TupleSub(tuple):
    def __new__(cls, *items):
        return super().__new__(cls, items)
err(lambda: TupleSub(1, 2, 3))
class StrSub(str):
    def __new__(cls, s):
        obj = super().__new__(cls, s.upper())
        obj.extra = "x"
        return obj
s = StrSub("abc")
err(lambda: (s, s.extra, type(s).__name__, s + "d"))
err(lambda: type.__call__(WithInit, 5).a)
err(lambda: WithInit.__new__(WithInit).__dict__)
