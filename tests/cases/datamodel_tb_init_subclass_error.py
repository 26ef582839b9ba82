class B:
    def __init_subclass__(cls, **kw):
        raise KeyError(cls.__name__)
class C(B, x=1):
    pass
