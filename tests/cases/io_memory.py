import io
import sys
from contextlib import redirect_stdout, redirect_stderr

s = io.StringIO()
print(s.write("hello\n"), s.write("world"), s.tell(), repr(s.getvalue()))
print("printed", 42, file=s)
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), repr(s.read()), repr(s.read()))
s.seek(0)
print(s.readlines())
s.seek(0)
print([line for line in s])
s.seek(2)
s.write("XY")
print(repr(s.getvalue()), s.tell())
print(s.truncate(4), repr(s.getvalue()), s.tell())
s.seek(10)
s.write("!")
print(repr(s.getvalue()))
print(s.seek(0, 2), s.seek(0, 1), s.readable(), s.writable(), s.seekable(), s.closed)
for args in [(-1,), (1, 1), (0, 3)]:
    try:
        s.seek(*args)
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
t = io.StringIO("a\nb\nc")
print(t.tell(), t.readline(), t.readlines(), repr(t.readline()))
with io.StringIO("ctx") as c:
    print(c.read(), c.closed)
print(c.closed)
try:
    c.read()
except ValueError as e:
    print(e)
try:
    io.StringIO().write(b"x")
except TypeError as e:
    print(e)
try:
    io.StringIO(5)
except TypeError as e:
    print(e)
print(repr(io.StringIO("x\r\ny", newline=None).getvalue()), repr(io.StringIO("a\nb", newline="\r\n").getvalue()))

b = io.BytesIO(b"abc")
print(b.read(1), b.tell(), b.write(b"ZZ"), b.getvalue(), b.seek(0), b.read(), b.seek(-1, 2), b.read())
b.write(bytearray(b"++")); print(b.getvalue())
b.seek(0)
print(b.readline(), b.readlines())
buf = bytearray(2)
b.seek(1); print(b.readinto(buf), buf)
try:
    b.write("str")
except TypeError as e:
    print(e)
b.close()
try:
    b.getvalue()
except ValueError as e:
    print(e)
print(list(io.BytesIO(b"1\n2\n")))

out = io.StringIO()
with redirect_stdout(out):
    print("captured")
    help_text = "x"
err = io.StringIO()
with redirect_stderr(err):
    sys.stderr.write("to err\n")
print(repr(out.getvalue()), repr(err.getvalue()))
print(io.StringIO, io.BytesIO, io.TextIOWrapper, io.open is open, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(isinstance(sys.stdout, io.TextIOBase), isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.StringIO(), io.IOBase))
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
try:
    io.StringIO().fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
