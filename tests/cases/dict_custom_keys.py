class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        print("hash", self.name)
        return hash(self.name)

    def __eq__(self, other):
        print("eq", self.name, other.name)
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return f"Key({self.name!r})"


d = {}
d[Key("a")] = 1
d[Key("b")] = 2
print(d[Key("a")])
print(Key("b") in d, Key("c") in d)
d[Key("a")] = 10
print(d)
print(len(d))


class Unhashable:
    __hash__ = None


try:
    {Unhashable(): 1}
except TypeError as e:
    print("TypeError:", e)
