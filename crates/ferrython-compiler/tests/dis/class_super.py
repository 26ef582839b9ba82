class Base:
    """A base class."""
    attr = 1

    def method(self):
        return self.attr

class Child(Base, metaclass=Meta):
    attr: int = 2
    __private = 3

    def method(self):
        return super().method() + self.__private

    @classmethod
    def make(cls):
        return cls()

    def uses_class(self):
        return __class__

def factory(x):
    class Local:
        y = x
        def get(self):
            return x
    return Local
