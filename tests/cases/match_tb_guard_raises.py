def g(x):
    match x:
        case {"a": a} if a / 0:
            pass
g({"a": 1})
