# OSError subclasses, errno, strerror, filename and filename2 from failing os calls.
import os


def remove_tree(top):
    # Leftovers of an interrupted run would make the case fail: start clean.
    if os.path.lexists(top):
        for root, dirs, files in os.walk(top, topdown=False):
            for name in files + dirs:
                path = os.path.join(root, name)
                if os.path.isdir(path) and not os.path.islink(path):
                    os.rmdir(path)
                else:
                    os.remove(path)
        os.rmdir(top)


base = "os_errors_tmp"
remove_tree(base)
os.mkdir(base)
with open(os.path.join(base, "f.txt"), "w") as f:
    f.write("data")


def show(f, *args):
    try:
        r = f(*args)
        print("ok", repr(r))
    except OSError as e:
        print(type(e).__name__, e.errno, repr(e.strerror), repr(e.filename), repr(e.filename2))
        print("  ", e)


show(os.listdir, "os_errors_missing")
show(os.listdir, os.path.join(base, "f.txt"))
show(os.mkdir, base)
show(os.mkdir, os.path.join("os_errors_missing", "x"))
show(os.rmdir, base)
show(os.rmdir, os.path.join(base, "f.txt"))
show(os.rmdir, "os_errors_missing")
show(os.remove, base)
show(os.remove, "os_errors_missing")
show(os.unlink, "os_errors_missing")
show(os.rename, "os_errors_missing", "os_errors_other")
show(os.replace, "os_errors_missing", "os_errors_other")
show(os.chdir, os.path.join(base, "f.txt"))
show(os.stat, "os_errors_missing")
show(os.lstat, b"os_errors_missing")
show(os.readlink, os.path.join(base, "f.txt"))
show(os.makedirs, base)
show(os.makedirs, os.path.join(base, "f.txt", "sub"))
show(os.makedirs, base, 0o777, True)
show(os.open, "os_errors_missing", os.O_RDONLY)
show(os.close, 987654)
show(os.read, 987654, 10)
show(os.write, 987654, b"x")
show(os.fstat, 987654)
show(os.symlink, "anything", os.path.join(base, "f.txt"))
show(os.removedirs, "os_errors_missing")
print(os.error is OSError, os.strerror(2), os.strerror(17), os.strerror(0), os.strerror(13))
try:
    os.listdir("os_errors_missing")
except OSError as e:
    print(e.args, isinstance(e, FileNotFoundError), e.errno == 2)
os.remove(os.path.join(base, "f.txt"))
os.rmdir(base)
