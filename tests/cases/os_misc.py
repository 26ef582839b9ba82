import os
import sys

print(type(os.getcwd()).__name__, os.path.basename(os.getcwd()))
os.mkdir("os_misc_dir")
os.chdir("os_misc_dir")
print(os.path.basename(os.getcwd()), os.listdir("."))
with open("inside.txt", "w") as f:
    f.write("x")
print(os.listdir("."), os.path.exists(os.path.join("..", "os_misc.py")))
os.remove("inside.txt")
os.chdir("..")
os.rmdir("os_misc_dir")
print(os.path.basename(os.getcwd()), os.path.exists("os_misc_dir"))
st = os.stat("os_misc.py")
print(st.st_size == os.path.getsize("os_misc.py"), st.st_size > 0, type(st.st_mtime).__name__)
print(os.fspath("a/b"), os.path.join(*["x", "y", "z"]))
print("os" in sys.modules, "os.path" in sys.modules, os.path is sys.modules["os.path"])
try:
    os.chdir("no_such_directory_os_misc")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
try:
    os.stat("no_such_file_os_misc")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.filename)
