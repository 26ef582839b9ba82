# exec/eval/compile: default namespaces at module and function level, explicit globals and locals
# (dicts and other mappings), __builtins__ handling, code objects, and the argument errors.
x = 10


def in_function():
    y = 5
    print(eval("x + y"), eval("y", {"y": "from globals"}), eval("y", {}, {"y": "from locals"}))
    exec("y = 99")
    print(y)
    ns = {}
    exec("z = x * 2", None, ns)
    print(ns)


in_function()
exec("made_here = x + 1")
print(made_here)
g = {"x": 1}
exec("x += 1\ndef f():\n    return x * 100\n", g)
print(g["x"], g["f"](), x, sorted(k for k in g if k != "__builtins__"), type(g["__builtins__"]).__name__)


class Recorder:
    def __init__(self):
        self.data = {"base": 7}
        self.log = []

    def __getitem__(self, key):
        self.log.append("get " + key)
        return self.data[key]

    def __setitem__(self, key, value):
        self.log.append("set " + key)
        self.data[key] = value


r = Recorder()
exec("total = base + 1", {}, r)
print(r.data, r.log)
print(eval("base * 3", {}, r), r.log[-1])
try:
    eval("missing", {}, r)
except NameError as e:
    print("NameError:", e)
print(eval("len('abc')", {"__builtins__": {"len": lambda s: "fake"}}))
try:
    exec("print('hi')", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)
code = compile("a * b", "<calc>", "eval")
print(type(code).__name__, code.co_filename, code.co_name, eval(code, {"a": 6, "b": 7}))
code = compile("for i in range(2):\n    print('exec', i)\n", "<loop>", "exec")
print(exec(code), eval(compile("1", "f", "eval")))
exec(compile("'single'", "<single>", "single"))
exec(compile("None", "<single>", "single"))
exec(compile("if True:\n    6 * 7\n", "<single>", "single"))
print(eval("  \t 1 + 1"), eval(b"2 ** 10"), eval("(lambda: x)()"))
src = "def gen():\n    yield from range(3)\nresult = list(gen())\n"
ns = {}
exec(src, ns)
print(ns["result"])
for bad in [
    lambda: exec(42),
    lambda: eval(None),
    lambda: exec("1", []),
    lambda: eval("1", []),
    lambda: eval("1", {}, 5),
    lambda: exec("1", {}, 5),
    lambda: eval("1", globals=None),
    lambda: exec("1", globals={}),
    lambda: compile("1", "f", "spam"),
    lambda: compile(1, "f", "exec"),
    lambda: compile("1", 2, "exec"),
    lambda: compile("1", "f"),
    lambda: exec(),
    lambda: eval("1", {}, {}, {}),
]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
for src in ["1 +", "x = = 2", "a\0b"]:
    try:
        eval(src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
try:
    exec("def f(:\n    pass")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.filename)
try:
    eval(compile("x = 1", "f", "exec"))
    print("eval of exec code returns None")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
