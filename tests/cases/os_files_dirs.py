import os

base = "os_files_dirs_tmp"
os.mkdir(base)
print(os.path.isdir(base), os.listdir(base))
for name in ["b.txt", "a.txt", "c.log"]:
    with open(os.path.join(base, name), "w") as f:
        f.write(name * 3)
os.mkdir(os.path.join(base, "sub"))
os.makedirs(os.path.join(base, "deep", "er"), exist_ok=True)
print(sorted(os.listdir(base)))
print(sorted(n for n in os.listdir(base) if n.endswith(".txt")))
print([os.path.getsize(os.path.join(base, n)) for n in sorted(os.listdir(base)) if os.path.isfile(os.path.join(base, n))])
os.rename(os.path.join(base, "c.log"), os.path.join(base, "d.log"))
print(sorted(os.listdir(base)))
try:
    os.mkdir(base)
except FileExistsError as e:
    print("FileExistsError:", e)
try:
    os.rmdir(base)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
for root, dirs, files in sorted(os.walk(base)):
    print(root, sorted(dirs), sorted(files))
for name in ["a.txt", "b.txt", "d.log"]:
    os.remove(os.path.join(base, name))
os.rmdir(os.path.join(base, "sub"))
os.rmdir(os.path.join(base, "deep", "er"))
os.rmdir(os.path.join(base, "deep"))
os.rmdir(base)
print(os.path.exists(base))
