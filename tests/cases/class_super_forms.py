# super(): zero-argument form in methods, classmethods and nested functions; the explicit forms;
# binding of what it finds; built-in bases; attributes of super objects and the error messages.
class Base:
    def __init__(self, x):
        self.x = x

    def describe(self):
        return f"Base({self.x})"

    @classmethod
    def create(cls, x):
        return cls(x)

    @staticmethod
    def helper(v):
        return v * 2

    @property
    def twice(self):
        return self.x * 2


class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y

    def describe(self):
        return "Child>" + super().describe()

    @classmethod
    def create(cls, x):
        obj = super().create(x)
        print("  created", type(obj).__name__, cls.__name__)
        return obj

    def helper_via_super(self):
        return super().helper(21)

    @property
    def twice(self):
        return super().twice + 1

    def nested(self):
        def inner():
            return __class__.__name__
        return inner()

    def comprehension(self):
        return [super().describe() for _ in range(2)]


c = Child(3, 4)
print(c.describe(), c.x, c.y, c.helper_via_super(), c.twice, c.nested())
try:
    Child.create(5)
except TypeError as e:
    print("TypeError:", e)
print(super(Child, c).describe(), super(Base, c).__class__.__name__)
print(super(Child, Child).create.__name__, super(Child, Child).describe.__qualname__)
s = super(Child, c)
print(s.__thisclass__.__name__, s.__self__ is c, s.__self_class__.__name__)
print(repr(super(Child, Child)), repr(super(Child)))
u = super(Child)
print(u.__self__, u.__self_class__, u.__thisclass__.__name__)


class Left(Base):
    def describe(self):
        return "Left>" + super().describe()


class Right(Base):
    def describe(self):
        return "Right>" + super().describe()


class Diamond(Left, Right):
    def describe(self):
        return "Diamond>" + super().describe()


print(Diamond(1).describe(), [k.__name__ for k in Diamond.__mro__])
print(super(Left, Diamond(2)).describe())


class MyList(list):
    def __init__(self, items):
        super().__init__(items)
        self.extra = True

    def append(self, v):
        super().append(v * 10)


ml = MyList([1, 2])
ml.append(3)
print(ml, ml.extra, len(ml))


class MyDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v + 1)


md = MyDict()
md["a"] = 1
print(md)


class MyError(ValueError):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


try:
    raise MyError(7)
except ValueError as e:
    print(type(e).__name__, e, e.code, e.args)


class WithNew:
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.args = args
        return inst


print(WithNew(1, 2).args)


class Registered:
    subclasses = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Registered.subclasses.append(cls.__name__)


class R1(Registered):
    pass


print(Registered.subclasses)


def no_args():
    return super()


def not_a_method(self):
    return super()


for f in [lambda: super(), no_args, lambda: not_a_method(1), lambda: super(1), lambda: super(int, "x"),
          lambda: super(Child, Base(1)), lambda: super(Child, c, 1), c.comprehension]:
    try:
        f()
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    super(Child, c).missing
except AttributeError as e:
    print("AttributeError:", e)
