import os

path = "io_append_modes.tmp"
with open(path, "w") as f:
    f.write("one\n")
with open(path, "a") as f:
    f.write("two\n")
    f.writelines(["three\n", "four\n"])
with open(path) as f:
    print(f.read().splitlines())
with open(path, "w") as f:
    f.write("truncated\n")
with open(path) as f:
    print(f.read().splitlines())
with open(path, "r+") as f:
    f.write("TR")
with open(path) as f:
    print(repr(f.read()))
try:
    with open(path, "x") as f:
        pass
except FileExistsError as e:
    print("FileExistsError:", e.errno, e.filename)
os.remove(path)
with open(path, "x") as f:
    f.write("exclusive create")
with open(path) as f:
    print(f.read())
os.remove(path)
f = open(path, "w")
print(f.writable(), f.readable(), f.name, f.mode)
f.close()
try:
    f.write("after close")
except ValueError as e:
    print("ValueError:", e)
try:
    with open(path) as f:
        f.write("x")
except OSError as e:
    print(type(e).__name__ + ":", e)
os.remove(path)
try:
    open(path, "q")
except ValueError as e:
    print("ValueError:", e)
