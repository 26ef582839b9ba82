# WeakMethod refers to a bound method without keeping its object alive; finalize calls a
# function when an object dies (once), can be detached, peeked at, and runs at exit.
import weakref


class C:
    def method(self):
        return "method of %s" % self.name

    def __init__(self, name):
        self.name = name


c = C("c")
plain = weakref.ref(c.method)
print("plain ref to a bound method dies at once:", plain() is None)
wm = weakref.WeakMethod(c.method, lambda r: print("WeakMethod callback", r() is None))
print(wm()(), wm() == c.method, type(wm).__name__, isinstance(wm, weakref.ref))
wm2 = weakref.WeakMethod(c.method)
print(wm == wm2, hash(wm) == hash(wm2))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
del c
print(wm(), wm == wm2)

d = C("d")


def cleanup(what, *, how):
    print("cleanup", what, how)
    return "result"


f = weakref.finalize(d, cleanup, "d", how="by death")
print(f.alive, f.atexit, f.peek()[1:] == (cleanup, ("d",), {"how": "by death"}))
del d
print(f.alive, f(), f.peek(), f.detach())

e = C("e")
f = weakref.finalize(e, cleanup, "e", how="by hand")
print(f(), f.alive, f())
del e

g = C("g")
f = weakref.finalize(g, cleanup, "g", how="never")
obj, func, args, kwargs = f.detach()
print(obj is g, func is cleanup, args, kwargs, f.alive)
del obj, g

h = C("h")
f_exit = weakref.finalize(h, cleanup, "h", how="at exit")
i = C("i")
f_quiet = weakref.finalize(i, cleanup, "i", how="not at exit")
f_quiet.atexit = False
j = C("j")
f_last = weakref.finalize(j, cleanup, "j", how="at exit, first")
print(f_exit.alive, f_quiet.atexit, f_last.atexit)
print("end of script")
