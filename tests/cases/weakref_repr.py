# The reprs of weak references and proxies (addresses replaced, since they differ per run).
import weakref


def show(text):
    # Addresses differ per run: print them as 0x...
    out = []
    i = 0
    while i < len(text):
        if text.startswith("0x", i):
            out.append("0x...")
            i += 2
            while i < len(text) and text[i] in "0123456789abcdef":
                i += 1
        else:
            out.append(text[i])
            i += 1
    print("".join(out))


class A:
    pass


def func():
    pass


a = A()
r = weakref.ref(a)
show(repr(r))
show(repr(weakref.ref(func)))
show(repr(weakref.ref(A)))
show(repr(weakref.ref(weakref)))
show(repr(weakref.proxy(a)))
show(repr(weakref.proxy(func)))
p = weakref.proxy(a)
del a
show(repr(r))
show(repr(p))


class Named:
    __name__ = "custom name"


n = Named()
show(repr(weakref.ref(n)))


class BadName:
    __name__ = 42


b = BadName()
show(repr(weakref.ref(b)))
