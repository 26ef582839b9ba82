# os.walk (top-down with pruning, bottom-up, onerror) and os.scandir over a tree the case builds.
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


base = "os_walk_scandir_tmp"
remove_tree(base)
for d in ["a/x", "a/y", "b", "c/deep/er"]:
    os.makedirs(os.path.join(base, d))
for f in ["top.txt", "a/one.txt", "a/x/two.txt", "c/deep/er/three.txt", "b/four.txt"]:
    with open(os.path.join(base, f), "w") as fh:
        fh.write(f)

print("top-down")
for root, dirs, files in os.walk(base):
    dirs.sort()
    print(root, dirs, sorted(files))
print("pruned")
for root, dirs, files in os.walk(base):
    dirs[:] = sorted(d for d in dirs if d != "c")
    print(root, dirs, sorted(files))
print("bottom-up")
seen = []
for root, dirs, files in os.walk(base, topdown=False):
    seen.append(root)
for r in [os.path.join(base, "a", "x"), os.path.join(base, "a"), os.path.join(base, "c", "deep", "er"), os.path.join(base, "c", "deep")]:
    print(r, seen.index(r) < seen.index(base))
print(seen.index(os.path.join(base, "a", "x")) < seen.index(os.path.join(base, "a")), len(seen))
errors = []
print(list(os.walk("os_walk_scandir_missing", onerror=errors.append)), type(errors[0]).__name__, errors[0].filename)
print(list(os.walk(os.path.join(base, "top.txt"))))
print(sorted(os.walk(base + "/b")), sorted(os.walk(os.path.join(base, "b").encode())))

with os.scandir(base) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), repr(e), os.fspath(e))
print(type(entries[0]).__name__, entries[-1].stat().st_size, entries[0].inode() == os.stat(entries[0].path).st_ino)
print(sorted(e.name for e in os.scandir(os.path.join(base, "a"))))
print(sorted(e.path for e in os.scandir(base.encode())))
try:
    os.scandir("os_walk_scandir_missing")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)

for root, dirs, files in os.walk(base, topdown=False):
    for f in files:
        os.remove(os.path.join(root, f))
    for d in dirs:
        os.rmdir(os.path.join(root, d))
os.rmdir(base)
print(os.path.exists(base))
