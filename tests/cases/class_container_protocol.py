class Deck:
    def __init__(self, cards):
        self.cards = list(cards)

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return Deck(self.cards[index])
        return self.cards[index]

    def __setitem__(self, index, value):
        self.cards[index] = value

    def __delitem__(self, index):
        del self.cards[index]

    def __contains__(self, card):
        print("__contains__", card)
        return card in self.cards

    def __iter__(self):
        return iter(self.cards)

    def __reversed__(self):
        return Deck(self.cards[::-1])

    def __bool__(self):
        return bool(self.cards)

    def __repr__(self):
        return f"Deck({self.cards})"


d = Deck(["A", "K", "Q", "J"])
print(len(d), d[0], d[-1], d[1:3], "K" in d, "2" in d)
d[0] = "A!"
del d[1]
print(d, list(d), list(reversed(d)), [c.lower() for c in d], bool(d), bool(Deck([])))
print(sorted(d), max(d), ", ".join(d))
if not Deck([]):
    print("empty deck is falsy")


class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i


print(list(Squares()), 9 in Squares(), 10 in Squares())
for sq in Squares():
    print(sq, end=" ")
print()


class LenOnly:
    def __len__(self):
        return 0


print(bool(LenOnly()), len(LenOnly()))


class BadLen:
    def __len__(self):
        return -1


try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
try:
    iter(LenOnly())
except TypeError as e:
    print("TypeError:", e)
