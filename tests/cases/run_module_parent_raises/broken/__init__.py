def setup():
    raise RuntimeError("cannot set up broken")


print("broken starts")
setup()
