# Compiled modules are cached in __pycache__ unless sys.dont_write_bytecode is set; the cache never
# changes what a program sees. File names are printed with the interpreter's cache tag masked.
import importlib
import importlib.util
import os
import sys

TAG = sys.implementation.cache_tag


def show(path):
    return os.path.relpath(path).replace(TAG, "TAG")


sys.dont_write_bytecode = False
import m
import pkg.sub

print(m.greet("cache"), pkg.sub.VALUE)
for mod in (m, pkg, pkg.sub):
    print(mod.__name__, show(mod.__cached__), mod.__spec__.cached == mod.__cached__, os.path.exists(mod.__cached__))
print(sorted(show(os.path.join("__pycache__", f)) for f in os.listdir("__pycache__")))

# Round trips between a source file and its cache file.
for src in ["/a/b/c.py", "c.py", "/a/.hidden", "/a/noext", "rel/dir/x.y.py"]:
    cached = importlib.util.cache_from_source(src)
    try:
        back = importlib.util.source_from_cache(cached)
    except ValueError as e:
        back = "ValueError: " + str(e).replace(TAG, "TAG")
    print(src, "->", cached.replace(TAG, "TAG"), "->", back)
print(importlib.util.cache_from_source("/a/b.py", optimization=2).replace(TAG, "TAG"))
print(importlib.util.cache_from_source("/a/b.py", optimization="").replace(TAG, "TAG"))
for bad in ["/a/b.cpython-311.pyc", "/a/__pycache__/b.pyc", "/a/__pycache__/b.c.d.e.pyc", "/a/__pycache__/b.tag.opt.pyc", "/a/__pycache__/b.tag.opt-!.pyc"]:
    try:
        importlib.util.source_from_cache(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    importlib.util.cache_from_source("/a/b.py", optimization="a-b")
except ValueError as e:
    print("ValueError:", e)
print(type(importlib.util.MAGIC_NUMBER).__name__)

# Editing the source (a different size) is seen by reload and by a fresh import, cache or not.
with open("m.py", "w") as f:
    f.write("def greet(who):\n    return 'hello again, ' + who\n")
importlib.reload(m)
print(m.greet("reload"))
del sys.modules["m"]
import m

print(m.greet("fresh import"))

# A damaged cache file is ignored and replaced.
with open(m.__cached__, "wb") as f:
    f.write(b"not bytecode at all")
del sys.modules["m"]
import m

print(m.greet("after damage"))

# A syntax error in the new source is raised even though a cache file exists.
with open("m.py", "w") as f:
    f.write("def greet(who)\n    return who\n")
try:
    importlib.reload(m)
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno)
print(m.greet("kept"))

# With writing turned off, no cache file appears for a new module.
sys.dont_write_bytecode = True
import n

print(n.X, os.path.exists(n.__cached__))

import importlib.machinery

print(repr(importlib.util.decode_source(b"a = 1\r\nb = 2\rc = 3\n")))
print(importlib.machinery.BYTECODE_SUFFIXES, importlib.machinery.DEBUG_BYTECODE_SUFFIXES, importlib.machinery.OPTIMIZED_BYTECODE_SUFFIXES)
