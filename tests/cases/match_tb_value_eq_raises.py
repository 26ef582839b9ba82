class Boom:
    def __eq__(self, o):
        raise ValueError("eq boom")
def f(v):
    match v:
        case [1, 2]:
            pass
        case {"k": 3}:
            pass
        case [x, (5 | 6)]:
            pass
f([Boom(), Boom()])
