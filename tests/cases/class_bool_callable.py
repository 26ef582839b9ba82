class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        print("__bool__ called")
        return self.on


print(bool(Flag(True)), bool(Flag(False)))
if Flag(True) and not Flag(False):
    print("both conditions")
print(Flag(False) or "fallback")


class Adder:
    def __init__(self, base):
        self.base = base

    def __call__(self, x, y=0):
        return self.base + x + y


add5 = Adder(5)
print(add5(1), add5(1, y=2), callable(add5), callable(Flag(True)), callable(Adder))


class BadBool:
    def __bool__(self):
        return "yes"


try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
try:
    Flag(True)()
except TypeError as e:
    print("TypeError:", e)
