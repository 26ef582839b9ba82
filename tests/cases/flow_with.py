class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print(f"enter {self.name}")
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.name}", exc_type.__name__ if exc_type else None, exc, tb is not None)
        return self.suppress


with Resource("a") as a:
    print("body", a)
with Resource("outer") as o, Resource("inner") as i:
    print("body", o, i)
with Resource("quiet", suppress=True):
    raise ValueError("suppressed")
print("after suppression")
try:
    with Resource("loud"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
try:
    with Resource("first", suppress=True), Resource("second"):
        raise RuntimeError("boom")
except RuntimeError:
    print("not reached: first suppresses")
print("done")


def in_function():
    with Resource("ret"):
        return "returned from with"


print(in_function())
with (Resource("p1") as x,
      Resource("p2") as y):
    print("parenthesized", x, y)
try:
    with 42:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
