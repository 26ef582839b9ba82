# Attribute instructions cache how an attribute resolved for a class; every change that alters
# the answer must be seen by the next execution of the same instruction.


class A:
    kind = "A-class"

    def m(self):
        return "A.m"


class B(A):
    pass


def read_m(o):
    return o.m()


def read_kind(o):
    return o.kind


def read_x(o):
    return o.x


a, b = A(), B()
for _ in range(3):
    print(read_m(a), read_m(b), read_kind(a), read_kind(b))

# Reassigning a method on the class after calls.
A.m = lambda self: "new A.m"
print(read_m(a), read_m(b))

# Overriding in the subclass only.
B.m = lambda self: "B.m"
print(read_m(a), read_m(b))

# Deleting the override brings the base method back.
del B.m
print(read_m(a), read_m(b))

# Shadowing a method with an instance attribute after cached lookups.
a.m = lambda: "instance m"
print(read_m(a), read_m(b))
del a.m
print(read_m(a))

# Class attribute changes on a base class seen by subclasses, and shadowing.
A.kind = "A-class-2"
print(read_kind(a), read_kind(b))
A.kind = 42
print(read_kind(a), read_kind(b))
B.kind = "B-own"
print(read_kind(a), read_kind(b))
b.kind = "b-instance"
print(read_kind(a), read_kind(b))
del b.kind
del B.kind
print(read_kind(a), read_kind(b))

# A class attribute that becomes a property, then a method.
A.kind = property(lambda self: "property kind")
print(read_kind(a), read_kind(b))
A.kind = lambda self: 1
print(type(read_kind(a)).__name__)
A.kind = "plain again"
print(read_kind(a), read_kind(b))

# Instance attributes: present, deleted, re-added in another order.
a.x = 1
print(read_x(a))
del a.x
try:
    read_x(a)
except AttributeError as e:
    print("AttributeError:", e)
a.y = 2
a.x = 3
print(read_x(a))


# Monkeypatching __getattr__ in after a failing cached lookup.
class G:
    pass


g = G()
for _ in range(2):
    try:
        read_x(g)
    except AttributeError as e:
        print("AttributeError:", e)
G.__getattr__ = lambda self, name: "from __getattr__ " + name
print(read_x(g))
g.x = "real x"
print(read_x(g))
del G.__getattr__
del g.x
try:
    read_x(g)
except AttributeError as e:
    print("AttributeError:", e)

# __getattribute__ added later replaces everything.
G.__getattribute__ = lambda self, name: "intercepted " + name
g.x = 5
print(read_x(g))
del G.__getattribute__
print(read_x(g))


# A property getter raising AttributeError falls back to __getattr__.
class P:
    @property
    def x(self):
        raise AttributeError("no x here")

    def __getattr__(self, name):
        return "fallback " + name


p = P()
print(read_x(p), read_x(p))


# A data descriptor defined after stores went to the instance dict.
class D:
    pass


def store_x(o, v):
    o.x = v


d = D()
store_x(d, 1)
store_x(d, 2)
print(d.__dict__)


class Desc:
    def __get__(self, obj, cls):
        return "desc get"

    def __set__(self, obj, v):
        print("desc set", v)


D.x = Desc()
store_x(d, 3)
print(read_x(d), d.__dict__)
del D.x
store_x(d, 4)
print(read_x(d), d.__dict__)


# __setattr__ added later.
class S:
    pass


s = S()
store_x(s, 1)
S.__setattr__ = lambda self, name, v: print("setattr", name, v)
store_x(s, 2)
print(s.x)
del S.__setattr__
store_x(s, 3)
print(s.x)

# __class__ assignment between classes with different attributes.
class K1:
    def who(self):
        return "K1"


class K2:
    def who(self):
        return "K2"


def who(o):
    return o.who()


k = K1()
print(who(k))
k.__class__ = K2
print(who(k))

# The same instruction seeing many classes (more than the cache holds).
classes = [type("C%d" % i, (), {"v": i, "get": lambda self, i=i: i * 10}) for i in range(8)]
objs = [c() for c in classes]
for _ in range(3):
    print([o.v for o in objs], [o.get() for o in objs])
classes[5].v = "five"
classes[6].get = lambda self: "six"
print([o.v for o in objs], [o.get() for o in objs])


# Counters on the class updated from instances' methods.
class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.n = Counter.count


cs = [Counter() for _ in range(5)]
print(Counter.count, [c.n for c in cs], cs[0].count)


# Methods of built-in types through LoadMethod, and a list subclass overriding one.
class MyList(list):
    def append(self, x):
        list.append(self, x * 2)


def add_to(lst, x):
    lst.append(x)
    return lst


print(add_to([], 1), add_to(MyList(), 1), add_to([], 2))
