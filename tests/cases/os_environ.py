import os

print(os.environ.get("FERRYTHON_CONFORMANCE"))
print(os.environ.get("FERRYTHON_SURELY_UNSET_VARIABLE"), os.environ.get("FERRYTHON_SURELY_UNSET_VARIABLE", "fallback"))
print(os.getenv("FERRYTHON_SURELY_UNSET_VARIABLE", "via getenv"), os.getenv("FERRYTHON_CONFORMANCE"))
print("FERRYTHON_CONFORMANCE" in os.environ, "FERRYTHON_SURELY_UNSET_VARIABLE" in os.environ)
print(os.environ["LC_ALL"], os.environ.get("PYTHONHASHSEED"))
os.environ["FERRYTHON_SET_BY_CASE"] = "value 1"
print(os.environ["FERRYTHON_SET_BY_CASE"], os.getenv("FERRYTHON_SET_BY_CASE"))
del os.environ["FERRYTHON_SET_BY_CASE"]
print(os.environ.get("FERRYTHON_SET_BY_CASE", "deleted"))
try:
    os.environ["FERRYTHON_SURELY_UNSET_VARIABLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    os.environ["X"] = 1
except TypeError as e:
    print("TypeError:", e)
print(type(os.getpid()).__name__, os.getpid() > 0)
