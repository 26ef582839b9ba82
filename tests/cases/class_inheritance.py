class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def kind(self):
        return "animal"


class Cat(Animal):
    sound = "meow"

    def kind(self):
        return "cat, an " + super().kind()


class Lion(Cat):
    sound = "roar"

    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride

    def kind(self):
        return "lion, a " + super().kind()


animals = [Animal("generic"), Cat("Tom"), Lion("Leo", "north")]
for a in animals:
    print(a.speak(), "|", a.kind())
leo = animals[2]
print(leo.pride, leo.name, Lion.__bases__, Lion.__mro__)
print(isinstance(leo, Cat), isinstance(leo, Animal), isinstance(animals[1], Lion))
print(issubclass(Lion, Animal), issubclass(Animal, Lion), issubclass(Lion, (int, Cat)), issubclass(Cat, Cat))
print(isinstance(leo, (int, str)), isinstance(3, (int, str)), Animal.__base__, Lion.__base__.__name__)
print([c.__name__ for c in Lion.mro()], Lion.__subclasses__(), [c.__name__ for c in Animal.__subclasses__()])


class Base:
    def template(self):
        return f"<{self.hook()}>"

    def hook(self):
        return "base"


class Derived(Base):
    def hook(self):
        return "derived"


print(Base().template(), Derived().template())
print(type(leo).__mro__[-1], object.__bases__)
try:
    issubclass(leo, Animal)
except TypeError as e:
    print("TypeError:", e)
