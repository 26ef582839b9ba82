class Temperature:
    scale = "C"
    instances = 0

    def __init__(self, degrees):
        self.degrees = degrees
        Temperature.instances += 1

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)

    @staticmethod
    def is_freezing(deg):
        return deg <= 0

    @property
    def kelvin(self):
        return self.degrees + 273.15

    @kelvin.setter
    def kelvin(self, value):
        self.degrees = value - 273.15

    def __repr__(self):
        return f"{type(self).__name__}({self.degrees:.1f})"


class Precise(Temperature):
    pass


t = Temperature.from_fahrenheit(212)
p = Precise.from_fahrenheit(32)
print(t, p, Temperature.is_freezing(-1), t.is_freezing(5), Temperature.instances)
print(t.kelvin)
t.kelvin = 300
print(t, round(t.kelvin, 2))
print(type(Temperature.__dict__["from_fahrenheit"]).__name__, type(Temperature.__dict__["is_freezing"]).__name__)
print(type(Temperature.__dict__["kelvin"]).__name__, type(t.from_fahrenheit).__name__)
try:
    del t.kelvin
except AttributeError as e:
    print("AttributeError:", e)


class ReadOnly:
    @property
    def value(self):
        return 42


r = ReadOnly()
print(r.value)
try:
    r.value = 1
except AttributeError as e:
    print("AttributeError:", e)
