"""Support for regular expressions (RE).

This module provides regular expression matching operations similar to
those found in Perl.  It supports both 8-bit and Unicode strings; both
the pattern and the strings being processed can contain null bytes and
characters outside the US ASCII range.

Ferrython's engine is the native module _sre, which also provides the
module-level functions and their pattern cache; this file adds the
flags, the error class, escape() and Scanner.
"""

import _sre
from _sre import Pattern, Match

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes:

        msg: The unformatted error message
        pattern: The regular expression pattern
        pos: The index in the pattern where compilation failed (may be None)
        lineno: The line corresponding to pos (may be None)
        colno: The column corresponding to pos (may be None)
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is None or pos is None:
            self.lineno = self.colno = None
        else:
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            msg = "%s at position %d" % (msg, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        super().__init__(msg)


_sre.error = error

# The flags in the order RegexFlag defines them (its members, then the value-0 NOFLAG).
_FLAG_MEMBERS = (
    ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
    ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1),
    ("DEBUG", 128),
)
_FLAG_ALIASES = {"ASCII": "A", "IGNORECASE": "I", "LOCALE": "L", "UNICODE": "U",
                 "MULTILINE": "M", "DOTALL": "S", "VERBOSE": "X", "TEMPLATE": "T"}
_ALL_FLAGS = 511


class _FlagType(type):
    def __repr__(cls):
        return "<flag %r>" % cls.__name__

    def __iter__(cls):
        return iter([getattr(cls, name) for name, _ in _FLAG_MEMBERS])

    def __len__(cls):
        return len(_FLAG_MEMBERS)

    def __contains__(cls, value):
        return isinstance(value, cls) and value in list(cls)

    def __getitem__(cls, name):
        value = cls.__members__.get(name)
        if value is None:
            raise KeyError(name)
        return value


class RegexFlag(int, metaclass=_FlagType):
    """An int flag whose repr names the re flags it holds (re.IGNORECASE|re.MULTILINE)."""

    def __new__(cls, value=0):
        value = int.__new__(cls, value)
        if _members is not None:
            known = _members.get(int(value))
            if known is not None:
                return known
        return value

    def _parts(self):
        value = int(self)
        names = []
        for name, bit in _FLAG_MEMBERS:
            if value & bit:
                names.append(name)
                value &= ~bit
        return names, value

    def __repr__(self):
        value = int(self)
        if value == 0:
            return "re.NOFLAG"
        names, rest = self._parts()
        if not names:
            return "re.RegexFlag(%d)" % value
        text = "|".join("re." + n for n in names)
        if rest:
            text += "|%#x" % rest
        return text

    __str__ = __repr__

    def __format__(self, spec):
        if not spec:
            return str(self)
        return format(int(self), spec)

    @property
    def name(self):
        value = int(self)
        if value == 0:
            return "NOFLAG"
        names, rest = self._parts()
        if not names or rest:
            return None
        return "|".join(names)

    @property
    def value(self):
        return int(self)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        # IntFlag's KEEP boundary: the complement within the flags' bits, or within the
        # value's own bits when it holds unknown higher ones.
        inverted = ~int(self)
        if inverted < 0:
            inverted += max(_ALL_FLAGS + 1, 2 ** inverted.bit_length())
        return RegexFlag(inverted)

    def __contains__(self, other):
        if not isinstance(other, RegexFlag):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r"
                % (type(other).__qualname__, type(self).__qualname__))
        return int(other) & int(self) == int(other)

    def __reduce__(self):
        return RegexFlag, (int(self),)


_members = None
RegexFlag.__members__ = {}
_members = {}
RegexFlag.NOFLAG = NOFLAG = int.__new__(RegexFlag, 0)
RegexFlag.__members__["NOFLAG"] = NOFLAG
_members[0] = NOFLAG
for _name, _bit in _FLAG_MEMBERS:
    _flag = int.__new__(RegexFlag, _bit)
    _members[_bit] = _flag
    setattr(RegexFlag, _name, _flag)
    globals()[_name] = _flag
    RegexFlag.__members__[_name] = _flag
    if _name in _FLAG_ALIASES:
        setattr(RegexFlag, _FLAG_ALIASES[_name], _flag)
        globals()[_FLAG_ALIASES[_name]] = _flag
        RegexFlag.__members__[_FLAG_ALIASES[_name]] = _flag
del _name, _bit, _flag


# --------------------------------------------------------------------
# public interface

# match, fullmatch, search, sub, subn, split, findall, finditer, compile and purge are native
# (compiling through _sre's pattern cache, then calling the Pattern method).
from _sre import (match, fullmatch, search, sub, subn, split, findall, finditer,
                  compile, purge)

def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    import warnings
    warnings.warn("The re.template() function is deprecated "
                  "as it is an undocumented function "
                  "without an obvious purpose. "
                  "Use re.compile() instead.",
                  DeprecationWarning)
    return _compile(pattern, flags | TEMPLATE)


# Characters escape() backslashes: those with a meaning in patterns, and whitespace.
_special_chars_map = {i: "\\" + chr(i) for i in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}

def escape(pattern):
    """
    Escape special characters in a string.
    """
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    else:
        pattern = str(pattern, "latin1")
        return pattern.translate(_special_chars_map).encode("latin1")


_compile = compile


class Scanner:
    """Splits a string into tokens by a lexicon of (pattern, action) pairs."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        # One alternation with a group around each phrase; the group that closed last
        # (lastindex) tells which phrase matched.
        self._phrase_of_group = {}
        parts = []
        group = 1
        for i, (phrase, action) in enumerate(lexicon):
            parts.append("(%s)" % phrase)
            self._phrase_of_group[group] = i
            group += 1 + _compile(phrase, flags).groups
        self.scanner = _compile("|".join(parts), flags)

    def scan(self, string):
        result = []
        append = result.append
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[self._phrase_of_group[m.lastindex]][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                append(action)
            i = j
        return result, string[i:]
