def numbers():
    yield 1
    yield 2
    yield int("three")


for n in numbers():
    print("got", n)
