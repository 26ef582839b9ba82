import os

name = "exc_oserror_file_does_not_exist.txt"
try:
    open(name)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(str(e))
    print(repr(e))
    print(isinstance(e, OSError), e.args)
try:
    open(name, "rb")
except OSError as e:
    print("OSError caught:", type(e).__name__, e.errno)
try:
    os.remove(name)
except FileNotFoundError as e:
    print(str(e))
try:
    os.listdir("no_such_dir_for_exc_oserror_file")
except FileNotFoundError as e:
    print(str(e))
try:
    open(".")
except IsADirectoryError as e:
    print(type(e).__name__, e.errno, e.strerror, repr(e.filename))
