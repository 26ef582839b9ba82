def trace(func):
    print("trace", func.__name__)
    return func


def register(func):
    raise LookupError(f"no registry for {func.__name__}")


@trace
@register
def handler():
    pass
