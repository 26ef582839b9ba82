print(True + True, True * 10, False - 1, True / 2, True // 1, -True, ~True, ~False)
print(True == 1, False == 0, True is True, True and False, True or False, not True)
print(sum([True, False, True, True]), [1, 2, 3][True], {True: "a"}[1])
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool("a"), bool([]), bool([0]))
print(bool({}), bool(()), bool(None), bool(range(0)), bool(range(1)), bool(0j))
print(repr(True), str(False), type(True).__name__, isinstance(True, int), issubclass(bool, int))
print(True & False, True | False, True ^ True, True << 3, True & 3)
print(type(True & False).__name__, type(True + False).__name__, type(True & 1).__name__)
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" or [] or 0)
print([] and "x", "x" and [], not [], not 0.0)
print(bool.__name__, bool(True), int(True), float(False), str(True))
print(f"{True}", f"{True:d}", f"{False!r}", "%s %d" % (True, True))
print(max(True, 2), min(False, -1), True > False, sorted([True, False, True]))
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
