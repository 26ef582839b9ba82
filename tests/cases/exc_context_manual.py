def handler_raises():
    try:
        {}["k"]
    except KeyError:
        raise ValueError("while handling")


try:
    handler_raises()
except ValueError as e:
    print(type(e.__context__).__name__, e.__context__.args, e.__cause__)

try:
    try:
        raise TypeError("first")
    finally:
        print("finally sees no handled exception yet")
except TypeError as e:
    print("first propagated", e.__context__)
try:
    try:
        raise TypeError("first")
    finally:
        raise ValueError("from finally")
except ValueError as e:
    print("finally replaced:", repr(e), "context:", repr(e.__context__))


def nested_contexts():
    try:
        raise OSError("a")
    except OSError:
        try:
            raise KeyError("b")
        except KeyError:
            raise RuntimeError("c")


try:
    nested_contexts()
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(" <- ".join(chain))
e = ValueError("outer")
try:
    try:
        raise e
    except ValueError:
        raise e
except ValueError as caught:
    print("self context avoided:", caught.__context__)
