class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __lt__(self, other):
        return self.parts < other.parts

    def __le__(self, other):
        return self.parts <= other.parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs), min(vs), max(vs))
print(Version("1.0") < Version("1.1"), Version("2.0") > Version("1.1"), Version("1.0") >= Version("1.0"))
print(Version("1.0") <= Version("0.1"), Version("3") == Version("3"), Version("3") != Version("3"))


verbose = True


class OnlyLt:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if verbose:
            print(f"  {self.v} < {other.v}?")
        return self.v < other.v

    def __repr__(self):
        return f"L{self.v}"


print(OnlyLt(2) > OnlyLt(1))
verbose = False
print(sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)]))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print("TypeError:", e)


class Plain:
    pass


try:
    Plain() < Plain()
except TypeError as e:
    print("TypeError:", e)
print(Plain() == Plain(), Plain() != Plain())
