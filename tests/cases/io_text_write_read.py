import os

path = "io_text_write_read.tmp"
with open(path, "w") as f:
    n = f.write("first line\n")
    f.write("second line\n")
    f.write("third, no newline")
    print("write returned", n, "closed inside:", f.closed)
print("closed after with:", f.closed)
with open(path) as f:
    content = f.read()
print(repr(content))
with open(path, "r") as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(path) as f:
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(path) as f:
    print([line.rstrip("\n") for line in f])
with open(path) as f:
    print(repr(f.read(5)), repr(f.read(7)), repr(f.read()))
print(os.path.exists(path), os.path.getsize(path))
os.remove(path)
print(os.path.exists(path))
