# Argument errors of os.path functions: Python-function wording, os.fspath's and os.stat's messages.
import os


class PathLike:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


show(os.path.join, PathLike("a"), "b")
show(os.path.join, "a", PathLike("b"))
show(os.path.basename, PathLike(b"x/y"))
show(os.path.join, 1)
show(os.path.join, "a", 1)
show(os.path.join, "a", b"b")
show(os.path.join, b"a", "b")
show(os.path.join)
show(os.path.join, "a", sep="/")
show(os.path.basename, None)
show(os.path.basename, "a", "b")
show(os.path.basename)
show(os.path.basename, p="x/y")
show(os.path.dirname, 3.5)
show(os.path.splitext, [])
show(os.path.normpath, 1)
show(os.path.abspath, None)
show(os.path.relpath)
show(os.path.relpath, "")
show(os.path.relpath, "a", "b", "c")
show(os.path.relpath, "a", b"b")
show(os.path.relpath, "a", 1)
show(os.path.commonpath, [])
show(os.path.commonpath, ["/a", "b"])
show(os.path.commonpath, ["a", b"b"])
show(os.path.commonpath, ["a", 1])
show(os.path.commonprefix, ["a", b"b"])
show(os.path.exists, 1.5)
show(os.path.exists, None)
show(os.path.exists, "a\0b")
show(os.path.exists, b"a\0b")
show(os.path.isdir, [])
show(os.path.islink, 3)
show(os.path.getsize, "no_such_file_os_path_errors")
show(os.path.getmtime, None)
show(os.path.expanduser, 1)
show(os.path.expandvars, None)
show(os.path.isabs, 1)
show(os.path.join, PathLike(1))
show(os.fspath, PathLike(None))
show(os.fspath, 1)
show(os.fspath)
show(os.fspath, "a", "b")
print(os.fspath(PathLike("p")), os.fspath(b"b"), os.path.join(PathLike("x"), PathLike("y")))
