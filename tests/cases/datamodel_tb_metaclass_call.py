class M(type):
    def __call__(cls, *a):
        raise RuntimeError("no instances")
class C(metaclass=M): pass
C()
