counter = 0


def bump():
    global counter
    counter += 1
    return counter


bump()
bump()
print(counter)


def define_global():
    global created_later
    created_later = "made inside"


define_global()
print(created_later)


def nested_nonlocal():
    a = 1

    def level1():
        nonlocal a
        a += 10

        def level2():
            nonlocal a
            a *= 2

        level2()

    level1()
    return a


print(nested_nonlocal())


def reads_global():
    return counter * 100


print(reads_global())


def unbound():
    print(counter)
    counter = 5


try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(isinstance(UnboundLocalError(), NameError))


def uses_missing():
    return not_defined_anywhere


try:
    uses_missing()
except NameError as e:
    print("NameError:", e, "| name =", e.name)
