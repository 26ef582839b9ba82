import os

path = "io_implicit_close.tmp"
open(path, "w").write("written without close\n")
print(open(path).read(), end="")


def write_in_function():
    f = open(path, "a")
    f.write("from a function\n")


write_in_function()
with open(path) as f:
    print(f.read().splitlines())
f = open(path, "a")
f.write("buffered ")
f.close()
print(open(path).read().splitlines())
os.remove(path)
