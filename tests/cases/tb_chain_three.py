def step1():
    raise OSError("disk unavailable")


def step2():
    try:
        step1()
    except OSError as e:
        raise RuntimeError("could not load cache") from e


def step3():
    try:
        step2()
    except RuntimeError:
        raise ValueError("startup failed")


step3()
