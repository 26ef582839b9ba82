try:
    undefined_variable
except NameError as e:
    print(repr(e), e.name, e.args)


class Thing:
    def __init__(self):
        self.present = 1


t = Thing()
try:
    t.absent
except AttributeError as e:
    print(repr(e), e.name, e.obj is t)
try:
    "text".nosuchmethod()
except AttributeError as e:
    print(repr(e), e.name, e.obj)
try:
    {"a": 1}["b"]
except KeyError as e:
    print(repr(e), e.args[0], str(e))
try:
    [1, 2][5]
except IndexError as e:
    print(repr(e))
try:
    int("zz")
except ValueError as e:
    print(repr(e))
try:
    raise StopIteration("val")
except StopIteration as e:
    print(repr(e), e.value)
try:
    raise SystemExit(3)
except SystemExit as e:
    print(repr(e), e.code)
e = OSError(13, "Permission denied", "secret.txt")
print(repr(e), e.errno, e.strerror, e.filename, str(e), type(e).__name__)
e = OSError(2, "No such file or directory")
print(type(e).__name__, e.errno, e.filename, str(e))
e = OSError("one arg")
print(e.errno, e.strerror, e.args)
e = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(e.encoding, e.object, e.start, e.end, e.reason, str(e))
e = ImportError("cannot import", name="mod")
print(e.name, e.msg, str(e))
