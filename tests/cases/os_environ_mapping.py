# os.environ as a mutable mapping that writes through to the process environment.
import os

key = "OS_ENVIRON_MAPPING_KEY"
print(type(os.environ).__name__, key in os.environ)
os.environ[key] = "one"
print(os.environ[key], os.getenv(key), os.environ.get(key), os.path.expandvars("$" + key))
print(os.environ.setdefault(key, "two"), os.environ.setdefault(key + "_2", "three"), os.getenv(key + "_2"))
print(os.environ.pop(key + "_2"), os.getenv(key + "_2"), os.environ.pop(key + "_2", "gone"))
os.environ.update({key + "_3": "x"}, **{key + "_4": "y"})
print(os.getenv(key + "_3"), os.getenv(key + "_4"))
os.environ.update([(key + "_5", "z")])
print(os.path.expandvars("${%s_5}" % key))
for k in [key + "_3", key + "_4", key + "_5"]:
    del os.environ[k]
print(os.getenv(key + "_3", "deleted"), key + "_3" in os.environ)
copy = os.environ.copy()
print(type(copy).__name__, copy[key], copy == dict(os.environ))
copy[key] = "changed"
print(os.environ[key])
for bad in [(1, "v"), ("k", 1), ("", "v"), ("a=b", "v"), ("k", "v\0")]:
    try:
        os.environ[bad[0]] = bad[1]
    except Exception as e:
        print(type(e).__name__ + ":", e)
for bad in [1, "os_environ_mapping_missing"]:
    try:
        os.environ[bad]
    except Exception as e:
        print(type(e).__name__ + ":", e)
    try:
        del os.environ[bad]
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    os.environ.get(1)
except TypeError as e:
    print("TypeError:", e)
os.putenv(key + "_P", "putenv only")
print(os.environ.get(key + "_P"), os.path.expandvars("$" + key + "_P"))
os.unsetenv(key + "_P")
print(os.path.expandvars("$" + key + "_P"))
try:
    os.putenv("a=b", "c")
except ValueError as e:
    print("ValueError:", e)
try:
    os.getenv()
except TypeError as e:
    print("TypeError:", e)
print(repr(os.environ).startswith("environ({"), os.getenv("OS_ENVIRON_MAPPING_MISSING", 42))
del os.environ[key]
print(os.getenv(key))
