# Classes created and dropped in a loop leave __subclasses__ (which forgets the dead ones without
# growing), and the live subclasses stay listed in creation order. (A class is in a reference
# cycle with itself, so it goes when the collector runs.)
import gc

class Base:
    pass


kept = []
for i in range(100):
    cls = type("Sub%d" % i, (Base,), {})
    if i % 15 == 0:
        kept.append(cls)
del cls
gc.collect()
print([c.__name__ for c in Base.__subclasses__()])
del kept[1:3]
gc.collect()
print([c.__name__ for c in Base.__subclasses__()])
for i in range(40):
    class Temporary(Base):
        pass
del Temporary
gc.collect()
print([c.__name__ for c in Base.__subclasses__()])
