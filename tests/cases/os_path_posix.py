# posixpath's string functions: CPython 3.11's exact results, str and bytes.
import os.path
import posixpath

print(os.path is posixpath, posixpath.__name__)
for parts in [("a", "b"), ("a/", "b"), ("a", "/b"), ("/", "x"), ("a", ""), ("", ""), ("a", "b/", "c"), ("//a", "b"), ("a", "//b", "c")]:
    print("join", parts, repr(posixpath.join(*parts)))
for p in ["", "/", "//", "///", "a", "a/", "/a", "a/b", "a//b", "/a/b/", "//a//b//", "a/b/.."]:
    print("split", repr(p), posixpath.split(p), repr(posixpath.basename(p)), repr(posixpath.dirname(p)))
for p in ["a.b", ".a", "..a", "a..", "...", "a.b.c", "/x.y/z", "/x/.y", "x/..y.z", "a/b.", "", "."]:
    print("splitext", repr(p), posixpath.splitext(p))
for p in ["", ".", "/", "//", "///", "////x", "a/./b", "a/../b", "../a", "a/../../b", "/../a", "//../a", "a//b///c", "./", "a/.", "a/b/c/../../d"]:
    print("normpath", repr(p), repr(posixpath.normpath(p)))
print(posixpath.isabs("/a"), posixpath.isabs("a"), posixpath.isabs("//a"), posixpath.isabs(""))
print(posixpath.splitdrive("/a/b"), posixpath.normcase("A/B"))
print(repr(posixpath.commonprefix([])), repr(posixpath.commonprefix(["abc"])), posixpath.commonprefix(["/usr/lib", "/usr/local", "/usr/l"]))
print(posixpath.commonprefix([["a", "b", "c"], ["a", "b", "d"]]), posixpath.commonprefix([("x", "y"), ("x", "z")]))
print(posixpath.commonpath(["/usr/lib", "/usr/local/lib"]), posixpath.commonpath(["a/b/c", "a/b/d", "a/b"]), posixpath.commonpath(["/a"]))
print(repr(posixpath.commonpath(["a", "b"])), posixpath.commonpath(["/a/./b", "/a/b/c"]), repr(posixpath.commonpath(["/", "/a"])))
print(posixpath.relpath("a/b/c", "a"), posixpath.relpath("a", "a/b/c"), posixpath.relpath("a", "a"), posixpath.relpath("x/y", "a/b"))
print(posixpath.relpath("/usr/lib", "/usr/local/share"), posixpath.relpath("/", "/a/b"))
print(posixpath.join(b"a", b"b"), posixpath.split(b"/x/y"), posixpath.splitext(b"f.txt"), posixpath.normpath(b"a/../b/./c"))
print(posixpath.basename(b"/q/r"), posixpath.dirname(b"/q/r"), posixpath.commonpath([b"/a/b", b"/a/c"]), posixpath.relpath(b"a/b", b"a"))
print(posixpath.sep, posixpath.curdir, posixpath.pardir, posixpath.extsep, posixpath.pathsep, posixpath.altsep, posixpath.devnull, posixpath.defpath)
