"""The JSON scanner: turns the text at an index into one Python value."""

from _json import _scan_once

__all__ = ['make_scanner']


class make_scanner:
    """A scanner for `context` (a JSONDecoder): called as scan(string, idx), it returns
    (value, end) for the JSON value starting at idx, or raises StopIteration(idx) when no
    value starts there. The native scanner does the work; the hooks are read from the
    decoder once, when the scanner is made.
    """

    def __init__(self, context):
        self.strict = context.strict
        self.object_hook = context.object_hook
        self.object_pairs_hook = context.object_pairs_hook
        self.parse_float = context.parse_float
        self.parse_int = context.parse_int
        self.parse_constant = context.parse_constant
        self.memo = context.memo

    def __call__(self, string, idx):
        return _scan_once(string, idx, self.strict, self.object_hook, self.object_pairs_hook,
                          self.parse_float, self.parse_int, self.parse_constant)


c_make_scanner = py_make_scanner = make_scanner
