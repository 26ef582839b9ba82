class X: pass
class Z(X): pass
class E(X, Z):
    pass
