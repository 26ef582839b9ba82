samples = [
    Exception(), Exception("msg"), Exception("a", 2), ValueError("bad value"),
    KeyError("key"), KeyError(), KeyError("a", "b"), IndexError(3), TypeError(None),
    RuntimeError(""), StopIteration(5), SystemExit(2), OSError(2, "No such file"),
    OSError("just text"), AttributeError("attr"), ZeroDivisionError("division by zero"),
    UnicodeError("u"), NotImplementedError,
]
for e in samples:
    if isinstance(e, type):
        e = e()
    print(f"{type(e).__name__:<20} str={str(e)!r:<25} repr={e!r:<40} args={e.args}")
e = ValueError("x", 1)
e.args = ("changed",)
print(e, repr(e))
e.custom = "attribute"
print(e.custom, type(e).__module__, ValueError.__module__)
print(repr(Exception("quote's")), str(KeyError("quote's")), str(KeyError(1)), str(KeyError(None)))
print(BaseException.__name__, Exception.__doc__)
print(Exception("a") == Exception("a"), isinstance(ValueError(), BaseException))
