# A small expression evaluator exercising the data model: a metaclass-built record type with
# __slots__ and __match_args__, validating descriptors with __set_name__, a plugin registry
# through __init_subclass__, operator overloading building an AST, pattern matching over it.

class Field:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
        self.slot = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.slot)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{type(obj).__name__}.{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.slot, value)

class RecordMeta(type):
    def __new__(mcls, name, bases, ns):
        fields = [k for k, v in ns.items() if isinstance(v, Field)]
        ns["__slots__"] = tuple("_" + f for f in fields)
        ns["__match_args__"] = tuple(fields)
        cls = super().__new__(mcls, name, bases, ns)
        cls._fields = fields
        return cls
    def __call__(cls, *args):
        if len(args) != len(cls._fields):
            raise TypeError(f"{cls.__name__} takes {len(cls._fields)} arguments ({len(args)} given)")
        obj = cls.__new__(cls)
        for f, a in zip(cls._fields, args):
            setattr(obj, f, a)
        return obj

class Expr(metaclass=RecordMeta):
    registry = {}
    def __init_subclass__(cls, op=None, **kw):
        super().__init_subclass__(**kw)
        if op:
            Expr.registry[op] = cls
    def __repr__(self):
        args = ", ".join(repr(getattr(self, f)) for f in self._fields)
        return f"{type(self).__name__}({args})"
    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in self._fields)
    __hash__ = None
    def _wrap(self, other):
        return other if isinstance(other, Expr) else Num(other)
    def __add__(self, other): return BinOp("+", self, self._wrap(other))
    def __radd__(self, other): return BinOp("+", self._wrap(other), self)
    def __mul__(self, other): return BinOp("*", self, self._wrap(other))
    def __rmul__(self, other): return BinOp("*", self._wrap(other), self)
    def __sub__(self, other): return BinOp("-", self, self._wrap(other))
    def __neg__(self): return Neg(self)

class Num(Expr):
    value = Field((int, float))
class Var(Expr):
    name = Field(str)
class BinOp(Expr):
    op = Field(str)
    left = Field(Expr)
    right = Field(Expr)
class Neg(Expr, op="neg"):
    operand = Field(Expr)

def evaluate(e, env):
    match e:
        case Num(v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"unbound variable {name!r}")
        case BinOp("+", l, r):
            return evaluate(l, env) + evaluate(r, env)
        case BinOp("-", l, r):
            return evaluate(l, env) - evaluate(r, env)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return 0
        case BinOp("*", l, r):
            return evaluate(l, env) * evaluate(r, env)
        case Neg(inner):
            return -evaluate(inner, env)
    raise ValueError(f"cannot evaluate {e!r}")

def simplify(e):
    match e:
        case BinOp("+", Num(0), x) | BinOp("+", x, Num(0)):
            return simplify(x)
        case BinOp("*", Num(1), x) | BinOp("*", x, Num(1)):
            return simplify(x)
        case BinOp(op, l, r):
            return BinOp(op, simplify(l), simplify(r))
        case Neg(Neg(x)):
            return simplify(x)
        case _:
            return e

x, y = Var("x"), Var("y")
expr = 2 * x + y * 1 - -(-(x + 0))
print(expr)
print(simplify(expr))
print(evaluate(expr, {"x": 3, "y": 4}), evaluate(simplify(expr), {"x": 3, "y": 4}))
print(evaluate(0 * Var("missing"), {}))
try:
    evaluate(x + Var("z"), {"x": 1})
except NameError as e:
    print("NameError:", e)
try:
    Num("three")
except TypeError as e:
    print("TypeError:", e)
try:
    Num(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    Num(1).extra = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    hash(Num(1))
except TypeError as e:
    print("TypeError:", e)
print(Num(1) == Num(1), Num(1) == Var("a"), Expr.registry, BinOp.__match_args__, BinOp.__slots__)
print([c.__name__ for c in Neg.__mro__], type(Neg).__name__, sorted(k for k in BinOp.__dict__ if k.startswith("_") and not k.startswith("__")))
