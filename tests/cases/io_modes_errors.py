# open() argument checking, file object reprs and attributes, operations on closed files and in the
# wrong mode (io.UnsupportedOperation), and binary writes.
import os

NAME = "io_modes_errors.tmp"
for mode in ["q", "rw", "rr", "rbt", "", "+", "xa", "r+b+"]:
    try:
        open(NAME, mode)
    except ValueError as e:
        print(repr(mode), "ValueError:", e)
for kwargs in [{"encoding": "utf-8"}, {"errors": "strict"}, {"newline": ""}]:
    try:
        open(NAME, "rb", **kwargs)
    except ValueError as e:
        print("ValueError:", e)
for args in [(NAME, 1), ([],), (NAME, "r", -1, 5)]:
    try:
        open(*args)
    except TypeError as e:
        print("TypeError:", e)
for bad in [lambda: open("no_such_dir/file.txt"), lambda: open("."), lambda: open(".", "w")]:
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, "|", e)
with open(NAME, "w") as f:
    print(repr(f), f.name, f.mode, f.closed, f.encoding, f.errors, f.readable(), f.writable(), f.seekable())
    print(type(f).__name__, type(f).__module__, f.newlines, f.line_buffering)
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, type(e).__module__, isinstance(e, ValueError), e)
    for bad in [lambda: f.write(b"x"), lambda: f.write(1), lambda: f.seek(1, 1), lambda: f.seek(2, 2),
                lambda: f.seek(-1), lambda: f.seek(0, 7), lambda: f.read("x")]:
        try:
            bad()
        except (OSError, TypeError, ValueError) as e:
            print(type(e).__name__ + ":", e)
    try:
        open(NAME, "x")
    except FileExistsError as e:
        print("FileExistsError:", e)
print(f.closed, repr(f))
for op in [f.read, f.readline, f.flush, f.tell, lambda: f.write("x"), lambda: next(f), f.readable,
           f.seekable, lambda: f.seek(0), lambda: iter(f), lambda: f.__enter__()]:
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)
print(f.close(), f.closed)
for mode in ["rb", "r+b", "wb", "w+b", "ab", "a+b", "xb"]:
    if mode == "xb":
        os.remove(NAME)
    with open(NAME, mode) as f:
        print(mode, repr(f), f.mode, type(f).__name__, f.readable(), f.writable())
with open(NAME, "wb") as f:
    print(f.write(b"\x00\x01"), f.write(bytearray(b"\xfe\xff")), f.tell())
    for bad in [lambda: f.write("text"), lambda: f.read(), lambda: f.readline()]:
        try:
            bad()
        except (OSError, TypeError) as e:
            print(type(e).__name__ + ":", e)
with open(NAME, "rb") as f:
    print(f.read(), f.read(), f.read(1))
    try:
        f.write(b"x")
    except OSError as e:
        print(type(e).__name__ + ":", e)
    try:
        f.seek(-10)
    except OSError as e:
        print(type(e).__name__ + ":", e)
with open(NAME, "r") as f:
    try:
        f.write("x")
    except OSError as e:
        print(type(e).__name__ + ":", e)
    try:
        f.truncate()
    except OSError as e:
        print(type(e).__name__ + ":", e)
fd = os.open(NAME, os.O_RDONLY)
with open(fd, "rb") as f:
    print(f.name == fd, f.read(2))
os.remove(NAME)
