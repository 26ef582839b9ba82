class Money:
    def __init__(self, amount, currency="EUR"):
        self.amount = amount
        self.currency = currency

    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"

    def __str__(self):
        return f"{self.amount:.2f} {self.currency}"

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.amount, self.currency) == (other.amount, other.currency)

    def __hash__(self):
        return hash((self.amount, self.currency))


a = Money(5)
b = Money(5)
c = Money(7, "USD")
print(a, repr(a), str(c), [a, c], {"k": a}, (a,))
print(a == b, a != b, a == c, a is b, a == 5, 5 == a, a != "x")
print(len({a, b, c}), {a: "five"}[b])


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


class OnlyStr:
    def __str__(self):
        return "just str"


print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}", OnlyStr(), [OnlyRepr()])


class EqNoHash:
    def __eq__(self, other):
        return True


print(EqNoHash.__hash__ is None, EqNoHash() == 1, EqNoHash() != 1)
try:
    hash(EqNoHash())
except TypeError as e:
    print("TypeError:", e)


class Weird:
    def __repr__(self):
        return 42


try:
    repr(Weird())
except TypeError as e:
    print("TypeError:", e)
