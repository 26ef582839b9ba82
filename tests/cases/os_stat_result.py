# os.stat_result: a struct sequence (tuple subclass with named fields), and stat/lstat/fstat.
import os

r = os.stat_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
print(r)
print(type(r).__name__, type(r).__module__, os.stat_result.n_fields, os.stat_result.n_sequence_fields, os.stat_result.n_unnamed_fields)
print(r[0], r[-1], r[2:5], len(r), tuple(r) == (1, 2, 3, 4, 5, 6, 7, 8, 9, 10), isinstance(r, tuple))
print(r.st_mode, r.st_size, r.st_mtime, r.st_atime_ns, r.st_blksize)
r2 = os.stat_result(tuple(range(19)))
print(r2, r2.st_atime, r2.st_mtime, r2.st_ctime, r2.st_rdev)
for bad in [(1,) * 9, (1,) * 20, 5]:
    try:
        os.stat_result(bad)
    except TypeError as e:
        print("TypeError:", e)

name = "os_stat_result_tmp.txt"
link = "os_stat_result_link"
for leftover in [name, link]:
    if os.path.lexists(leftover):
        os.remove(leftover)
with open(name, "w") as f:
    f.write("x" * 123)
st = os.stat(name)
print(st.st_size, st[6], type(st.st_mtime).__name__, type(st[8]).__name__, type(st.st_mtime_ns).__name__)
print(st.st_mtime_ns // 10**9 == st[8], abs(st.st_mtime - st.st_mtime_ns / 1e9) < 1e-3, st.st_nlink, st.st_mode & 0o170000 == 0o100000)
print(os.lstat(name).st_ino == st.st_ino, os.stat(name, follow_symlinks=False).st_size)
os.symlink(name, link)
print(os.path.islink(link), os.path.islink(name), os.readlink(link), os.lstat(link).st_mode & 0o170000 == 0o120000)
print(os.stat(link).st_size, os.path.samefile(link, name), os.path.realpath(link) == os.path.abspath(name), os.path.lexists(link))
os.remove(name)
print(os.path.exists(link), os.path.lexists(link), os.path.isfile(link))
os.unlink(link)
fd = os.open(".", os.O_RDONLY)
print(os.fstat(fd).st_mode & 0o170000 == 0o040000, os.stat(fd).st_ino == os.stat(".").st_ino)
os.close(fd)
print(os.path.getsize("os_stat_result.py") == os.stat("os_stat_result.py").st_size)
