# A module-level object that a function has read is still freed by `del` (the function's global
# lookup cache must not keep it alive).
class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


d = D("read by a function")


def read():
    return d.name


print(read())
del d
print("after del")

e = D("replaced")
print(read.__name__, (lambda: e.name)())
e = D("new value")
print("after rebinding")
