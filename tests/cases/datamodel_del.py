import gc
class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name)
a = D("a")
del a
print("after del a")
b = D("b"); b = None
print("after rebind")
def f():
    x = D("local")
    print("in f")
f()
print("after f")
l = [D("in-list")]
l.clear()
print("after clear")
c1 = D("c1"); c2 = D("c2")
c1.other = c2; c2.other = c1
del c1, c2
print("cycle made")
gc.collect()
print("collected")
class Resurrect:
    saved = []
    def __del__(self):
        print("resurrect del")
        Resurrect.saved.append(self)
r = Resurrect(); del r
print(len(Resurrect.saved))
Resurrect.saved.clear()
print("cleared saved")
d = {"k": D("dict-value")}
d["k"] = 1
print("end")
e = D("at-exit")
