def inner(n):
    return 10 // n


def outer():
    try:
        inner(0)
    except ZeroDivisionError as e:
        raise ValueError("bad input") from e


print("crash starts")
outer()
