# The frozen importer: modules compiled into the interpreter (`__hello__` is one in
# CPython and in Ferrython).
import sys
import importlib.machinery as machinery

print(machinery.FrozenImporter in sys.meta_path)
import __hello__
print(__hello__.__spec__)
print(__hello__.__loader__, __hello__.initialized)
print(__hello__.__spec__.origin, __hello__.__spec__.submodule_search_locations)
print(machinery.FrozenImporter.find_spec("__hello__"))
print(machinery.FrozenImporter.find_spec("no_such_frozen_module"))
print(machinery.FrozenImporter.is_package("__hello__"))
print(machinery.FrozenImporter.get_source("__hello__"))
code = machinery.FrozenImporter.get_code("__hello__")
print(code.co_filename, code.co_name)
for method in ("get_code", "get_source", "is_package"):
    try:
        getattr(machinery.FrozenImporter, method)("no_such_frozen_module")
    except ImportError as e:
        print(method, e, e.name)
__hello__.main()
# A frozen module reloads from its frozen code, in the same module object.
import importlib
__hello__.initialized = "changed"
print(importlib.reload(__hello__) is __hello__, __hello__.initialized)
