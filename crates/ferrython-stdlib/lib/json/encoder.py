"""JSONEncoder: Python objects to JSON text."""

from _json import encode_basestring, encode_basestring_ascii, _encode

__all__ = ['JSONEncoder']

INFINITY = float('inf')

py_encode_basestring = c_encode_basestring = encode_basestring
py_encode_basestring_ascii = c_encode_basestring_ascii = encode_basestring_ascii


class JSONEncoder(object):
    """An encoder from Python objects to JSON text.

    dicts become objects, lists and tuples arrays, strs strings, ints and
    floats numbers, True/False/None true/false/null. Anything else goes through
    default(), which a subclass (or the default argument) defines to return an
    encodable object; the base one raises TypeError.

    skipkeys: leave out dict keys that are not str, int, float, bool or None
    instead of raising TypeError. ensure_ascii: escape every non-ASCII
    character. check_circular: detect containers that contain themselves
    (ValueError) instead of recursing without end. allow_nan: write NaN and
    the infinities (not strict JSON) instead of raising ValueError. sort_keys:
    write objects in key order. indent: a str or a number of spaces to indent
    nested levels with, one item per line (None: all on one line).
    separators: (item separator, key separator), by default (', ', ': '), or
    (',', ': ') with an indent.
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
            check_circular=True, allow_nan=True, sort_keys=False,
            indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """An encodable replacement for o; override it to encode more types.

        For instance, to encode any iterable as a list:

            def default(self, o):
                try:
                    iterable = iter(o)
                except TypeError:
                    pass
                else:
                    return list(iterable)
                return super().default(o)
        """
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """The JSON text of o, as one str."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o in pieces, as they are produced (json.dump writes each one)."""
        string_encoder = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        if _one_shot:
            # All at once: the native encoder.
            return [_encode(o, 0, self.check_circular, self.default, string_encoder, indent,
                            self.key_separator, self.item_separator, self.sort_keys,
                            self.skipkeys, self.allow_nan)]
        markers = {} if self.check_circular else None
        return _iterencode(o, 0, markers, self.default, string_encoder, indent,
                           self.key_separator, self.item_separator, self.sort_keys,
                           self.skipkeys, self.allow_nan)


def _float_text(o, allow_nan):
    if o != o:
        text = 'NaN'
    elif o == INFINITY:
        text = 'Infinity'
    elif o == -INFINITY:
        text = '-Infinity'
    else:
        return float.__repr__(o)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
    return text


class _Pieces:
    """The settings of one iterencode() call, and its generators.

    The pieces are the ones CPython's encoder yields, so a file written by
    json.dump() receives the same write() calls.
    """

    def __init__(self, markers, default, string_encoder, indent, key_separator,
                 item_separator, sort_keys, skipkeys, allow_nan):
        self.markers = markers
        self.default = default
        self.string_encoder = string_encoder
        self.indent = indent
        self.key_separator = key_separator
        self.item_separator = item_separator
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys
        self.allow_nan = allow_nan

    def scalar(self, o):
        """The text of a str, None, bool, int or float; None for anything else."""
        if isinstance(o, str):
            return self.string_encoder(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return _float_text(o, self.allow_nan)
        return None

    def mark(self, o):
        if self.markers is not None:
            marker = id(o)
            if marker in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[marker] = o

    def unmark(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def container(self, o, level):
        if isinstance(o, (list, tuple)):
            return self.array(o, level)
        if isinstance(o, dict):
            return self.object(o, level)
        return self.value(o, level)

    def value(self, o, level):
        text = self.scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from self.array(o, level)
        elif isinstance(o, dict):
            yield from self.object(o, level)
        else:
            self.mark(o)
            yield from self.value(self.default(o), level)
            self.unmark(o)

    def array(self, lst, level):
        if not lst:
            yield '[]'
            return
        self.mark(lst)
        piece = '['
        if self.indent is not None:
            level += 1
            newline_indent = '\n' + self.indent * level
            separator = self.item_separator + newline_indent
            piece += newline_indent
        else:
            newline_indent = None
            separator = self.item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                piece = separator
            text = self.scalar(value)
            if text is not None:
                yield piece + text
            else:
                yield piece
                yield from self.container(value, level)
        if newline_indent is not None:
            level -= 1
            yield '\n' + self.indent * level
        yield ']'
        self.unmark(lst)

    def key_text(self, key):
        """The str a dict key is written as, or None to leave the item out."""
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return _float_text(key, self.allow_nan)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {key.__class__.__name__}')

    def object(self, dct, level):
        if not dct:
            yield '{}'
            return
        self.mark(dct)
        yield '{'
        if self.indent is not None:
            level += 1
            newline_indent = '\n' + self.indent * level
            separator = self.item_separator + newline_indent
            yield newline_indent
        else:
            newline_indent = None
            separator = self.item_separator
        first = True
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        for key, value in items:
            key = self.key_text(key)
            if key is None:
                continue
            if first:
                first = False
            else:
                yield separator
            yield self.string_encoder(key)
            yield self.key_separator
            text = self.scalar(value)
            if text is not None:
                yield text
            else:
                yield from self.container(value, level)
        if newline_indent is not None:
            level -= 1
            yield '\n' + self.indent * level
        yield '}'
        self.unmark(dct)


def _iterencode(o, level, markers, default, string_encoder, indent, key_separator,
                item_separator, sort_keys, skipkeys, allow_nan):
    pieces = _Pieces(markers, default, string_encoder, indent, key_separator,
                     item_separator, sort_keys, skipkeys, allow_nan)
    return pieces.value(o, level)
