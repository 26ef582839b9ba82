import sys
print(type(sys.modules) is dict)
import counted
import counted
import counted as c2
from counted import value
print(c2 is counted, value, sys.modules["counted"] is counted)
print(repr(counted))
print(counted.__name__, counted.__package__, counted.__file__)
print(repr(counted.__spec__).split(" object at ")[0])
print(counted.__spec__.name, counted.__spec__.origin, counted.__spec__.parent, counted.__spec__.has_location)
print(counted.__spec__.submodule_search_locations, counted.__loader__ is counted.__spec__.loader)
print(type(counted.__loader__).__name__, counted.__loader__.name, counted.__loader__.path)
print(repr(sys), sys.__spec__, sys.__loader__)
print(repr(sys.modules["builtins"]))

# Anything in sys.modules is what import returns.
sys.modules["fake"] = 42
import fake
print(fake)
from fake import real  # an int has no attribute real? it does
print(real)

# None blocks an import.
sys.modules["blocked"] = None
try:
    import blocked
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name, e.path)

# A module replacing itself is what the importer gets.
import selfreplace
print(selfreplace)

# A module whose execution fails is removed again, so the next import retries.
for _ in range(2):
    try:
        import broken
    except ValueError as e:
        print("ValueError", e, "broken" in sys.modules)

for stmt in ["import nosuchmodule", "import counted.sub", "from counted import missing", "import fake.x",
             "from sys import nothing_here"]:
    try:
        exec(stmt)
    except ImportError as e:
        print(type(e).__name__, "|", e, "|", e.name, "|", e.path)

# Deleting and importing again executes the file into a new object.
old = counted
del sys.modules["counted"]
import counted
print(counted is old, counted.value)

# __import__ is the hook every import statement calls.
import builtins
real_import = builtins.__import__
def spy(name, globals=None, locals=None, fromlist=(), level=0):
    print("import", name, fromlist, level)
    return real_import(name, globals, locals, fromlist, level)
builtins.__import__ = spy
import counted
from counted import value
import os.path
builtins.__import__ = real_import
print(__import__("os.path").__name__, __import__("os.path", fromlist=["x"]).__name__)
for args in [(1,), ("",), ("x", None, None, (), -1)]:
    try:
        __import__(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(__name__, sys.modules["__main__"].__name__, sys.modules["__main__"] is sys.modules[__name__])
