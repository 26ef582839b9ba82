def simple(a, b):
    return a + b

def defaults(a, b=1, *args, c, d=[], **kw):
    """Docstring."""
    return a, b, args, c, d, kw

def posonly(a, /, b, *, c):
    pass

def annotated(x: int, *, y: "str" = "") -> list[int]:
    return [x]

@decorator
@other(1)
def decorated():
    return None

lam = lambda x, y=2: x * y
