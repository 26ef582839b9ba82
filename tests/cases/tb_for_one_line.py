def numbers():
    yield 1
    raise ValueError("no more numbers")


if True:
    for n in numbers(): print("got", n)
