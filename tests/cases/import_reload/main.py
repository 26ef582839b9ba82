import importlib, sys
import state, user
print(state.count, state.x, state.f(), user.f(), user.x)
with open("state.py", "w") as out:
    out.write("try:\n    count += 1\nexcept NameError:\n    count = 0\nx = 'two'\ndef f():\n    return 'f2'\n")
ident = id(state)
r = importlib.reload(state)
print(r is state, id(state) == ident, state.count, state.x, state.f(), state.old_only)
print(user.state.x, user.f(), user.x)

# A syntax error leaves the module as it was.
with open("state.py", "w") as out:
    out.write("x = 'three'\ndef broken(:\n")
try:
    importlib.reload(state)
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno)
print(state.x, state.count)

# A runtime error leaves it partially updated.
with open("state.py", "w") as out:
    out.write("x = 'four'\nraise RuntimeError('half way')\ny = 'never'\n")
try:
    importlib.reload(state)
except RuntimeError as e:
    print("RuntimeError", e)
print(state.x, hasattr(state, "y"), sys.modules["state"] is state)

import types
for bad in [1, types.ModuleType("floating")]:
    try:
        importlib.reload(bad)
    except (TypeError, ImportError) as e:
        print(type(e).__name__, e)
del sys.modules["user"]
try:
    importlib.reload(user)
except ImportError as e:
    print(type(e).__name__, e, e.name)
