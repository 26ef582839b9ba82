# str subclasses keep the str payload and their own class; results are plain str.
class Name(str):
    def greet(self):
        return "hi " + self
    def __repr__(self):
        return "Name(" + super().__repr__() + ")"
n = Name("ann")
print(n, repr(n), n.greet(), len(n), n.upper(), type(n.upper()).__name__, type(n).__name__)
print(n == "ann", "ann" == n, n != "bob", n < "bob", hash(n) == hash("ann"), n in {"ann": 1}, {"ann": 2}[n])
print(n + "!", type(n + "!").__name__, n * 2, type(n[0]).__name__, n[1:], isinstance(n, str), str(n), type(str(n)).__name__)
print("%s|%r" % (n, n), "{}|{!r}".format(n, n), f"{n}|{n!r}|{n:>5}")
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = Upper("shout")
print(u, type(u).__name__, u.lower(), isinstance(u, Upper))
class Tagged(str):
    pass
t = Tagged("x")
t.tag = 5
print(t, t.tag, t.__dict__, Tagged(), repr(Tagged(b"raw", "ascii")))
print(str.__new__(Tagged, "via new"), type(str.__new__(Tagged, 1)).__name__)
try:
    str.__new__(int, "x")
except TypeError as e:
    print(e)
