"""JSONDecoder and JSONDecodeError."""

from _json import scanstring
from json import scanner

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}

c_scanstring = py_scanstring = scanstring


class JSONDecodeError(ValueError):
    """A document that is not valid JSON.

    msg: what was wrong; doc: the document; pos: the index in doc where it was
    found; lineno and colno: that place as a line and column, counted from 1.
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, f'{msg}: line {lineno} column {colno} (char {pos})')
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


def _skip_whitespace(s, idx):
    """The index of the first character at or after idx that is not JSON whitespace."""
    n = len(s)
    while idx < n and s[idx] in ' \t\n\r':
        idx += 1
    return idx


class JSONDecoder(object):
    """A decoder from JSON text to Python objects.

    Objects become dicts, arrays lists, strings strs, numbers ints or floats,
    true/false/null True/False/None; NaN, Infinity and -Infinity are accepted
    as floats.

    object_hook(dict) replaces each decoded object; object_pairs_hook(list of
    (key, value) pairs) does the same from the pairs in document order and
    wins over object_hook. parse_float, parse_int and parse_constant receive the
    text of each float, int and NaN/Infinity/-Infinity. With strict=False,
    strings may contain control characters.
    """

    def __init__(self, *, object_hook=None, parse_float=None,
            parse_int=None, parse_constant=None, strict=True,
            object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s):
        """The Python object for the JSON document s (a str), whitespace allowed around it."""
        obj, end = self.raw_decode(s, idx=_skip_whitespace(s, 0))
        end = _skip_whitespace(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """(value, index after it) for the JSON value that starts at s[idx]; text may follow it."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
