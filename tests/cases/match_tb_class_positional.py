class KK:
    A = "dup"
    B = "dup"
def f(v):
    match v:
        case {KK.A: 1,
              KK.B: 2}:
            pass
try:
    f({"dup": 1})
except ValueError as e:
    print(e)
class P:
    __match_args__ = ("x",)
    x = 1
match P():
    case P(1,
           2):
        pass
