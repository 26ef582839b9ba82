# Bit-exact libm results, CPython's gamma/lgamma, fsum, hypot/dist and correctly rounded int/int.
import math
def vals():
    i = 0
    while i < 67:
        yield 0.1*i - 3.3
        i += 1
    for x in (1e-10, 1e-300, 5e-324, 123.456, 1e10, 700.5, -700.5, 0.5, 0.9999, 1.0001, 27.0, 64.0, 1e100, 2.5, 0.7, -0.0):
        yield x
def few(k):
    i = 0
    for v in vals():
        if i % k == 0:
            yield v
        i += 1
VALS = [q for q in vals()]
FEW5 = [q for q in few(5)]
FEW7 = [q for q in few(7)]
def call(f, a, b=None):
    try:
        if b is None:
            return f(a).hex()
        return f(a, b).hex()
    except Exception as e:
        return type(e).__name__
names = ('sin','cos','tan','asin','acos','atan','sinh','cosh','tanh','asinh','acosh','atanh','exp','exp2','expm1','log','log2','log10','log1p','sqrt','cbrt','erf','erfc','gamma','lgamma','fabs','degrees','radians')
for n in names:
    f = math.__dict__[n]
    for v in VALS:
        print(n, repr(v), call(f, v))
for a in FEW5:
    for b in FEW7:
        for n in ('pow', 'atan2', 'fmod', 'hypot', 'copysign', 'remainder', 'log'):
            print(n, repr(a), repr(b), call(math.__dict__[n], a, b))
i = 1
while i < 40:
    xs = [math.sin(j * i) * 10 ** (j % 5) for j in vals()]
    ys = [math.cos(j * i) * 10 ** (j % 3) for j in vals()]
    print("hyp", math.hypot(*xs).hex(), math.fsum(xs).hex(), math.dist(xs, ys).hex(), sum(xs).hex())
    i += 1
for v in (1, 7, 2**53 + 1, 10**20 + 1, 3**70, 2**1000 + 1, -(10**300)):
    print("int", v, (v / 3).hex(), (v / 7**20).hex(), (1 / v).hex(), (v * 1.0).hex(), (v / 10**300).hex())
