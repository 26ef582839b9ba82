class P:
    __match_args__ = ("a", "b")
    @property
    def a(self): return 1
    @property
    def b(self): raise KeyError("b prop")
match P():
    case P(1,
           b=2):
        pass
