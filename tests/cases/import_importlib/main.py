import sys, importlib, importlib.util, importlib.machinery, importlib.abc, types

m = importlib.import_module("target")
print(m.x, m is sys.modules["target"])
print(importlib.import_module(".inner", "tpkg").y, importlib.import_module("tpkg.inner").y)
print(importlib.import_module("..inner", "tpkg.inner").y)
for args in [(".inner",), ("..x", "tpkg")]:
    try:
        importlib.import_module(*args)
    except (TypeError, ImportError) as e:
        print(type(e).__name__, e)
print(importlib.util.resolve_name(".a", "p.q"), importlib.util.resolve_name("..a", "p.q"), importlib.util.resolve_name("abs", None))
try:
    importlib.util.resolve_name(".a", None)
except ImportError as e:
    print(e)

spec = importlib.util.find_spec("target")
print(spec.name, spec.origin, spec.loader.name)
print(importlib.util.find_spec("nosuch"), importlib.util.find_spec("tpkg.inner").name)
print(importlib.util.find_spec("sys"))

# A plugin loaded from a file under any name, then put into sys.modules by hand.
spec = importlib.util.spec_from_file_location("my_plugin", "plugins/greeter.py")
print(spec.name, spec.origin, type(spec.loader).__name__, spec.has_location, spec.parent)
mod = importlib.util.module_from_spec(spec)
print(mod, "my_plugin" in sys.modules)
spec.loader.exec_module(mod)
print(mod.greet(), mod.__file__, mod.__spec__ is spec)
sys.modules["my_plugin"] = mod
import my_plugin
print(my_plugin is mod)

print(importlib.machinery.SOURCE_SUFFIXES)
print(importlib.machinery.ModuleSpec("a.b", None))
print(importlib.machinery.ModuleSpec("a.b", None, origin="somewhere", is_package=True))
s = importlib.machinery.ModuleSpec("a.b", None)
print(s.parent, s.has_location, s.cached, s.loader_state, s.submodule_search_locations)
print(importlib.machinery.BuiltinImporter.find_spec("sys"), importlib.machinery.BuiltinImporter.find_spec("target"))
print(importlib.machinery.PathFinder.find_spec("target").origin)
print(repr(importlib.machinery.FileFinder(".", (importlib.machinery.SourceFileLoader, [".py"]))))
print(types.ModuleType is type(sys), types.ModuleType("made"), types.SimpleNamespace(a=1, b="x"))
print(sys.path_importer_cache[sys.path[0]])

# A finder and loader written in Python on sys.meta_path.
class Loader(importlib.abc.Loader):
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        module.source = "virtual"
        print("exec", module.__name__, module.__loader__ is self)

class Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path, target=None):
        if fullname.startswith("virtual"):
            return importlib.util.spec_from_loader(fullname, Loader())
        return None

sys.meta_path.append(Finder())
import virtual_mod
print(virtual_mod.source, virtual_mod.__spec__.name, virtual_mod.__file__ if hasattr(virtual_mod, "__file__") else "no file")
print(virtual_mod.__spec__.origin, virtual_mod.__package__)
sys.meta_path.insert(0, sys.meta_path.pop())
sys.modules.pop("target")
import target
print(target.x)
importlib.invalidate_caches()

# Dropping the path finder makes source modules unreachable.
saved = sys.meta_path[:]
sys.meta_path[:] = [f for f in sys.meta_path if f is not importlib.machinery.PathFinder]
del sys.modules["target"]
try:
    import target
except ModuleNotFoundError as e:
    print(e)
sys.meta_path[:] = saved
import target
print(target.x)
