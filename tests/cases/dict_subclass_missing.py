# dict subclasses: payload kept with their own class, __missing__, overridden hooks.
class Counter(dict):
    def __missing__(self, key):
        return 0


c = Counter()
for ch in "abracadabra":
    c[ch] = c[ch] + 1
print(c, type(c).__name__, isinstance(c, dict), c["zzz"], "zzz" in c, c.get("zzz"))


class Default(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory

    def __missing__(self, key):
        value = self[key] = self.factory()
        return value


g = Default(list, {"x": [1]}, y=[2])
g["a"].append(1)
g["a"].append(2)
g["x"].append(3)
print(g, g.factory.__name__, len(g))


class NoMissing(dict):
    pass


n = NoMissing(a=1)
try:
    n["b"]
except KeyError as e:
    print("KeyError", e)
print(n, repr(n), n == {"a": 1}, {"a": 1} == n, type(n.copy()).__name__, type(n | {}).__name__)
print(type({} | n).__name__, NoMissing.fromkeys([1, 2]), type(NoMissing.fromkeys([1])).__name__)


class Logged(dict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)

    def __len__(self):
        return 42

    def __contains__(self, key):
        return key == "always"


lg = Logged.fromkeys(["p", "q"], 0)
lg["r"] = 1
lg.update(s=2)
print(lg, len(lg), "always" in lg, "p" in lg, dict.__len__(lg), dict.__contains__(lg, "p"))


class Keys(dict):
    def keys(self):
        return ["only"]

    def __getitem__(self, key):
        return "item:" + key


k = Keys(only=1, other=2)
print(dict(k), {**k}, dict({"x": 1}, **{"y": 2}))


class Iter(dict):
    def __iter__(self):
        return iter(["other"])


it = Iter(other=5, more=6)
print(dict(it), list(it), dict(Iter(a=1)) if False else "-")


class Mapping:
    def keys(self):
        return ["k1", "k2"]

    def __getitem__(self, key):
        return key.upper()


print(dict(Mapping()), dict(Mapping(), k3=3))
d = {}
d.update(Mapping())
d |= Mapping()
print(d)


class Sub(dict):
    pass


s = Sub({1: 2})
s.attr = "instance attributes work"
print(s, s.attr, s.__dict__, Sub.__name__, type(s.keys()).__name__)
