"""Reading JSON: `JSONDecoder`, and `JSONDecodeError` for text that is not JSON."""

from _json import scanstring
from json import scanner

__all__ = ["JSONDecoder", "JSONDecodeError"]

NaN, PosInf, NegInf = float("nan"), float("inf"), float("-inf")
# The non-standard constants a decoder accepts, by their JSON spelling.
_CONSTANTS = {"NaN": NaN, "Infinity": PosInf, "-Infinity": NegInf}
# The native scanner is the only one; both of CPython's names refer to it.
c_scanstring = py_scanstring = scanstring

_WHITESPACE = frozenset(" \t\n\r")


def _line_and_column(doc, pos):
    """Where index `pos` of `doc` is, as a line and a column counted from 1."""
    line_start = doc.rfind("\n", 0, pos) + 1
    return doc.count("\n", 0, pos) + 1, pos - line_start + 1


class JSONDecodeError(ValueError):
    """Text that is not JSON: `msg` says what was expected, `pos` is where in `doc`, and
    `lineno`/`colno` give that place as a line and column."""

    def __init__(self, msg, doc, pos):
        lineno, colno = _line_and_column(doc, pos)
        super().__init__(f"{msg}: line {lineno} column {colno} (char {pos})")
        self.msg, self.doc, self.pos = msg, doc, pos
        self.lineno, self.colno = lineno, colno

    def __reduce__(self):
        return type(self), (self.msg, self.doc, self.pos)


def _past_whitespace(s, i):
    """The first index at or after `i` that is not JSON whitespace."""
    end = len(s)
    while i < end and s[i] in _WHITESPACE:
        i += 1
    return i


class JSONDecoder:
    """Turns JSON text into Python values: objects into dicts, arrays into lists, strings,
    numbers, true/false/null into str, int or float, True/False/None (NaN and the
    infinities are accepted too).

    The hooks: object_hook(dict) replaces each object, object_pairs_hook(pairs) does the
    same from its (key, value) pairs and wins; parse_float, parse_int and parse_constant get
    the text of each number or constant. strict=False lets strings hold control characters.
    """

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook
        self.parse_float = float if parse_float is None else parse_float
        self.parse_int = int if parse_int is None else parse_int
        self.parse_constant = _CONSTANTS.__getitem__ if parse_constant is None else parse_constant
        self.strict = strict
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def raw_decode(self, s, idx=0):
        """The value starting at `s[idx]` and the index just past it (more text may follow)."""
        try:
            return self.scan_once(s, idx)
        except StopIteration as missing:
            raise JSONDecodeError("Expecting value", s, missing.value) from None

    def decode(self, s):
        """The value of the whole document `s`: one JSON value, with whitespace around it."""
        value, end = self.raw_decode(s, _past_whitespace(s, 0))
        end = _past_whitespace(s, end)
        if end < len(s):
            raise JSONDecodeError("Extra data", s, end)
        return value
