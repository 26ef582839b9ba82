class Dog:
    """A dog."""

    species = "canis familiaris"
    count = 0

    def __init__(self, name, age):
        self.name = name
        self.age = age
        Dog.count += 1

    def describe(self):
        return f"{self.name} is {self.age}"

    def birthday(self):
        self.age += 1
        return self


rex = Dog("Rex", 3)
fido = Dog("Fido", 5)
print(rex.describe(), fido.describe(), Dog.count, rex.count)
print(rex.birthday().birthday().describe())
print(rex.species, Dog.species, rex.species is Dog.species)
rex.species = "wolf"
print(rex.species, fido.species, Dog.species, rex.__dict__, fido.__dict__)
del rex.species
print(rex.species)
print(Dog.__name__, Dog.__qualname__, Dog.__module__, Dog.__doc__, Dog.__bases__)
print(type(rex).__name__, type(rex) is Dog, isinstance(rex, Dog), isinstance(rex, object))
print(Dog.describe(fido), Dog.describe.__qualname__, rex.describe.__self__ is rex)
print(sorted(k for k in vars(Dog) if not k.startswith("__")))
print(hasattr(rex, "name"), hasattr(rex, "nope"), getattr(rex, "age"), getattr(rex, "nope", "default"))
setattr(rex, "color", "brown")
print(rex.color, "color" in rex.__dict__)
delattr(rex, "color")
print(hasattr(rex, "color"))
try:
    rex.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Dog.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Dog()
except TypeError as e:
    print("TypeError:", e)
