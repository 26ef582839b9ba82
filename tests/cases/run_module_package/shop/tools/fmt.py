from .. import prices


def money(n):
    return f"${n}.00 (apple is {prices.APPLE})"
