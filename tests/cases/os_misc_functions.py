# Process and descriptor functions of os: fds, urandom, cpu_count, umask, uname, environ mapping.
import os

name = "os_misc_functions_tmp.bin"
if os.path.lexists(name):
    os.remove(name)
fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(type(fd).__name__, os.write(fd, b"hello world"), os.write(fd, bytearray(b"!")))
os.close(fd)
fd = os.open(name, os.O_RDONLY)
print(os.read(fd, 5), os.lseek(fd, 6, os.SEEK_SET), os.read(fd, 100), os.read(fd, 100))
print(os.lseek(fd, -1, os.SEEK_END), os.read(fd, 1), os.isatty(fd))
os.close(fd)
try:
    os.write(1, "text")
except TypeError as e:
    print("TypeError:", e)
os.remove(name)
print(len(os.urandom(16)), type(os.urandom(0)).__name__, os.urandom(0))
try:
    os.urandom(-1)
except ValueError as e:
    print("ValueError:", e)
n = os.cpu_count()
print(type(n).__name__, n >= 1, type(os.getppid()).__name__, os.getuid() == os.geteuid(), type(os.getgid()).__name__)
old = os.umask(0o22)
print(os.umask(old) == 0o22)
u = os.uname()
print(type(u).__name__, len(u), u.sysname, u[0] == u.sysname, type(u.nodename).__name__)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(os.access("os_misc_functions.py", os.R_OK), os.access("os_misc_functions_missing", os.F_OK))
print(os.fsencode("a/b"), os.fsdecode(b"a/b"), os.fsencode(b"x"), os.getcwdb() == os.getcwd().encode())
print(os.linesep == "\n", os.devnull, os.pathsep, os.altsep, os.curdir, os.pardir, os.extsep, os.sep)
try:
    os.getcwd(1)
except TypeError as e:
    print("TypeError:", e)
try:
    os.getpid(1)
except TypeError as e:
    print("TypeError:", e)
try:
    os.mkdir()
except TypeError as e:
    print("TypeError:", e)
try:
    os.listdir(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    os.mkdir(1)
except TypeError as e:
    print("TypeError:", e)
try:
    os.makedirs()
except TypeError as e:
    print("TypeError:", e)
try:
    os.stat("a\0b")
except ValueError as e:
    print("ValueError:", e)
try:
    os.get_terminal_size(987654)
except OSError as e:
    print("OSError:", e)
print(os.system("exit 3") >> 8, os.system("true"))
