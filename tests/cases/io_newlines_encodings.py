# Text files: newline translation on read (universal, '', '\n', '\r', '\r\n') and write, encodings
# and error handlers, read(n)/readline(n)/readlines(hint), seek/tell/truncate, mixed r+ access.
import os

NAME = "io_newlines_encodings.tmp"
with open(NAME, "wb") as f:
    f.write(b"unix\nwindows\r\nmac\rlast")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(NAME, newline=nl) as f:
        print(repr(nl), f.readlines())
with open(NAME) as f:
    print(repr(f.read(6)), repr(f.readline()), repr(f.readline(2)), repr(f.read()), repr(f.read(3)))
with open(NAME, newline="") as f:
    print(repr(f.read()))
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(NAME, "w", newline=nl) as f:
        f.write("a\nb\n")
    with open(NAME, "rb") as f:
        print(repr(nl), f.read())
with open(NAME, "w", encoding="latin-1") as f:
    print(f.encoding, f.write("café ÿ"))
with open(NAME, "rb") as f:
    print(f.read())
with open(NAME, encoding="latin-1") as f:
    print(f.read())
for errors in ["strict", "replace", "ignore", "backslashreplace"]:
    try:
        with open(NAME, encoding="utf-8", errors=errors) as f:
            print(errors, repr(f.read()), f.errors)
    except UnicodeDecodeError as e:
        print(errors, "UnicodeDecodeError:", e)
try:
    with open(NAME, "w", encoding="ascii") as f:
        f.write("snow ☃")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
with open(NAME, "w", encoding="ascii", errors="xmlcharrefreplace") as f:
    f.write("snow ☃")
with open(NAME) as f:
    print(f.read())
with open(NAME, "w", encoding="utf-8") as f:
    f.write("héllo\nwörld\n")
with open(NAME, encoding="utf-8") as f:
    print(f.encoding, repr(f.read(3)), f.tell(), repr(f.readline()), f.tell())
    f.seek(0)
    print(repr(f.readline()), f.seek(0, 2), repr(f.read()))
with open(NAME, "rb") as f:
    print(f.read(3), f.tell(), f.seek(-3, 2), f.read(), f.seek(1), f.seek(2, 1), f.read(2))
with open(NAME, "r+") as f:
    print(repr(f.read(2)))
    f.seek(0)
    f.write("H")
    f.seek(0)
    print(repr(f.read()))
    print(f.truncate(3), f.tell())
with open(NAME) as f:
    print(repr(f.read()), f.readlines(), f.readline(), f.read())
with open(NAME, "w") as f:
    f.writelines(["one\n", "two\n", "three\n", "four\n"])
with open(NAME) as f:
    print(f.readlines(5))
    print(f.readlines())
with open(NAME, "a+") as f:
    f.write("five\n")
    print(repr(f.read()))
    f.seek(0)
    print(len(f.readlines()))
with open(NAME, "rb") as f:
    print(list(f)[-2:], f.readline())
os.remove(NAME)
