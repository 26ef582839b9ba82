import a
print(a.done)
import sys
try:
    import c
except ImportError as e:
    print(type(e).__name__, "|", e, "|", e.name, "|", e.path)
print("c" in sys.modules, "d" in sys.modules)
