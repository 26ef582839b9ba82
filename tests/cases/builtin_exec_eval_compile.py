print(eval("1 + 2 * 3"), eval("[x * 2 for x in range(3)]"), eval("'abc'.upper()"))
x = 10
print(eval("x + 1"), eval("x + y", {"x": 1, "y": 2}), eval("x * 2", {}, {"x": 21}))
ns = {}
exec("a = 5\nb = a * 2\ndef f(n):\n    return n + b\n", ns)
print(ns["a"], ns["b"], ns["f"](1), sorted(k for k in ns if k != "__builtins__"))
exec("z = x * 3")
print(z)
code = compile("sum(range(n))", "<expr>", "eval")
print(type(code).__name__, code.co_filename, eval(code, {"n": 101}))
code = compile("for i in range(3):\n    print('loop', i)\n", "<exec>", "exec")
exec(code)
single = compile("40 + 2", "<single>", "single")
exec(single)
print(eval("(lambda q: q ** 2)(9)"), exec("pass"), eval("None"))
try:
    eval("undefined_name")
except NameError as e:
    print("NameError:", e)
try:
    eval("1/0")
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    compile("1", "<x>", "bogus")
except ValueError as e:
    print("ValueError:", e)
g = {"__builtins__": {}}
try:
    eval("len([])", g)
except NameError as e:
    print("NameError:", e)
