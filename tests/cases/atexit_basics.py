# atexit: functions run at exit, last registered first, with their arguments; unregister
# removes every registration of a function; an error in one is reported and the rest still run.
import atexit


def goodbye(name, punctuation="!"):
    print("goodbye", name + punctuation)


class Fails:
    def __repr__(self):
        return "<failing exit function>"

    def __call__(self):
        raise ValueError("exit function failed")


class Loud:
    def __repr__(self):
        return "<loud exit function>"

    def __call__(self):
        print("callable object at exit")


print(atexit.register(goodbye, "first") is goodbye)
atexit.register(goodbye, "second", punctuation="?")
atexit.register(Loud())
atexit.register(Fails())
atexit.register(print, "print at exit", "with", "args", sep="-")


@atexit.register
def decorated():
    print("decorated at exit")


def never():
    print("never printed")


atexit.register(never)
atexit.register(never)
atexit.unregister(never)
atexit.unregister(lambda: None)

for call in ["atexit.register()", "atexit.register(1)", "atexit.unregister()", "atexit.unregister(1, 2)"]:
    try:
        eval(call)
    except TypeError as e:
        print(call, "->", e)
print("end of script")
