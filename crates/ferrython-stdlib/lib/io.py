"""The io module provides the Python interfaces to stream handling: in-memory streams
(StringIO, BytesIO), the file classes open() returns, and the abstract base classes."""

import abc
import builtins
import os as _os
import sys as _sys

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding", "IncrementalNewlineDecoder"]

DEFAULT_BUFFER_SIZE = 8192
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

open = builtins.open
BlockingIOError = builtins.BlockingIOError


def open_code(path):
    """Open path for reading as bytes, the way the import system reads source files."""
    return open(path, "rb")


def text_encoding(encoding, stacklevel=2):
    """The encoding to use for a text file opened with encoding=encoding."""
    if encoding is None:
        return "locale"
    return encoding


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = "io"


class IOBase(metaclass=abc.ABCMeta):
    pass


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


# The file classes of the interpreter (`open()` returns them).
TextIOWrapper = type(_sys.__stdout__)
with builtins.open(_os.devnull, "rb") as _f:
    BufferedReader = type(_f)
with builtins.open(_os.devnull, "wb") as _f:
    BufferedWriter = type(_f)
del _f
FileIO = BufferedRandom = BufferedRWPair = BufferedReader

TextIOBase.register(TextIOWrapper)
BufferedIOBase.register(BufferedReader)
BufferedIOBase.register(BufferedWriter)


def _closed(message="I/O operation on closed file."):
    return ValueError(message)


def _size_arg(size):
    if size is None:
        return -1
    if not isinstance(size, int):
        raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
    return size


class _MemoryStream:
    # The buffer is a list of chunks while data is only appended at its end; anything else
    # joins them into one value first.

    _empty = None

    def _value(self):
        chunks = self._chunks
        if len(chunks) != 1:
            joined = self._empty.join(chunks)
            self._chunks = chunks = [joined]
        return chunks[0]

    _closed_message = "I/O operation on closed file."

    def _check(self):
        if self._closed:
            raise _closed(self._closed_message)

    def _store(self, data):
        n = len(data)
        if not n:
            return 0
        pos = self._pos
        if pos >= self._len:
            if pos > self._len:
                self._chunks.append(self._pad * (pos - self._len))
            self._chunks.append(data)
            self._len = pos + n
        else:
            value = self._value()
            value = value[:pos] + data + value[pos + n:]
            self._chunks = [value]
            self._len = len(value)
        self._pos = pos + n
        return n

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def tell(self):
        self._check()
        return self._pos

    def read(self, size=-1, /):
        self._check()
        size = _size_arg(size)
        value = self._value()
        start = min(self._pos, self._len)
        end = self._len if size < 0 else min(start + size, self._len)
        self._pos = max(self._pos, end)
        return value[start:end]

    def readline(self, size=-1, /):
        self._check()
        size = _size_arg(size)
        value = self._value()
        start = min(self._pos, self._len)
        end = value.find(self._newline_char, start)
        end = self._len if end < 0 else end + 1
        if size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return value[start:end]

    def readlines(self, hint=-1, /):
        self._check()
        hint = _size_arg(hint)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines, /):
        self._check()
        for line in lines:
            self.write(line)

    def truncate(self, size=None, /):
        self._check()
        if size is None:
            size = self._pos
        elif not isinstance(size, int):
            raise TypeError(f"'{type(size).__name__}' object cannot be interpreted as an integer")
        if size < 0:
            raise ValueError(f"Negative size value {size}")
        if size < self._len:
            self._chunks = [self._value()[:size]]
            self._len = size
        return size

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()


class StringIO(_MemoryStream, TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    __module__ = "_io"
    _closed_message = "I/O operation on closed file"  # CPython's StringIO has no full stop
    _empty = ""
    _pad = "\0"
    _newline_char = "\n"

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline!r}")
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._newline = newline
        self._closed = False
        self._chunks = []
        self._len = 0
        self._pos = 0
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _translate(self, s):
        newline = self._newline
        if newline is None:
            return s.replace("\r\n", "\n").replace("\r", "\n")
        if newline in ("\r", "\r\n"):
            return s.replace("\n", newline)
        return s

    def write(self, s, /):
        self._check()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        self._store(self._translate(s))
        return n

    def getvalue(self):
        self._check()
        return self._value()

    def seek(self, pos, whence=0, /):
        self._check()
        if not isinstance(pos, int):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        if whence not in (0, 1, 2):
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        if pos < 0 and whence == 0:
            raise ValueError(f"Negative seek position {pos}")
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = self._len
        self._pos = pos
        return pos

    def detach(self):
        raise UnsupportedOperation("detach")

    @property
    def line_buffering(self):
        self._check()
        return False

    @property
    def newlines(self):
        self._check()
        return None

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None


def _as_bytes(data):
    if isinstance(data, bytes):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")


class BytesIO(_MemoryStream, BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    __module__ = "_io"
    _empty = b""
    _pad = b"\0"
    _newline_char = b"\n"

    def __init__(self, initial_bytes=b""):
        self._closed = False
        self._chunks = []
        self._len = 0
        self._pos = 0
        if initial_bytes is not None:
            data = _as_bytes(initial_bytes)
            if data:
                self._store(data)
                self._pos = 0

    def write(self, b, /):
        self._check()
        return self._store(_as_bytes(b))

    def getvalue(self):
        self._check()
        return self._value()

    def getbuffer(self):
        self._check()
        return memoryview(self._value())

    def read1(self, size=-1, /):
        return self.read(size)

    def readinto(self, buffer, /):
        self._check()
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def seek(self, pos, whence=0, /):
        self._check()
        if not isinstance(pos, int):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        if whence == 0:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, self._len + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        self._pos = pos
        return pos


class IncrementalNewlineDecoder:
    """Translates \\r\\n and \\r into \\n in text decoded piece by piece."""

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self._pending_cr = False

    def decode(self, input, final=False):
        output = self.decoder.decode(input, final=final) if self.decoder is not None else input
        if self._pending_cr:
            output = "\r" + output
            self._pending_cr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self._pending_cr = True
        if self.translate:
            output = output.replace("\r\n", "\n").replace("\r", "\n")
        return output

    def reset(self):
        self._pending_cr = False
        if self.decoder is not None:
            self.decoder.reset()
