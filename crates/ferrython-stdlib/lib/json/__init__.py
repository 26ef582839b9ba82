"""JSON (JavaScript Object Notation, RFC 7159) encoding and decoding.

    >>> import json
    >>> json.dumps({'a': [1, 2.5, None, True]})
    '{"a": [1, 2.5, null, true]}'
    >>> json.loads('{"a": [1, 2.5, null, true]}')
    {'a': [1, 2.5, None, True]}
    >>> print(json.dumps({'b': 1, 'a': 2}, sort_keys=True, indent=2))
    {
      "a": 2,
      "b": 1
    }

dumps/dump write JSON, loads/load read it; JSONEncoder and JSONDecoder are
the classes behind them, to subclass (cls=) for other types or formats.
"""
__version__ = '2.0.9'
__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]

__author__ = 'Bob Ippolito <bob@redivi.com>'

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

_default_encoder = JSONEncoder()


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
        allow_nan=True, cls=None, indent=None, separators=None,
        default=None, sort_keys=False, **kw):
    """Write obj as JSON to the text file fp, piece by piece (fp.write(str) is all it needs).

    The options are JSONEncoder's (see dumps()); cls is the JSONEncoder
    subclass to use, and further keywords are passed to it.
    """
    if (not skipkeys and ensure_ascii and
        check_circular and allow_nan and
        cls is None and indent is None and separators is None and
        default is None and not sort_keys and not kw):
        iterable = _default_encoder.iterencode(obj)
    else:
        if cls is None:
            cls = JSONEncoder
        iterable = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
            check_circular=check_circular, allow_nan=allow_nan, indent=indent,
            separators=separators,
            default=default, sort_keys=sort_keys, **kw).iterencode(obj)
    for chunk in iterable:
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
        allow_nan=True, cls=None, indent=None, separators=None,
        default=None, sort_keys=False, **kw):
    """obj as a JSON str.

    skipkeys: leave out dict keys that are not str, int, float, bool or None
    (otherwise TypeError). ensure_ascii: escape non-ASCII characters.
    check_circular: ValueError for a container inside itself (otherwise
    RecursionError). allow_nan: write NaN/Infinity/-Infinity (otherwise
    ValueError). indent: spaces (an int) or a str to indent nested levels
    with. separators: (item_separator, key_separator). default(o): an
    encodable replacement for objects JSON has no form for. sort_keys: objects
    in key order. cls: the JSONEncoder subclass to use.
    """
    if (not skipkeys and ensure_ascii and
        check_circular and allow_nan and
        cls is None and indent is None and separators is None and
        default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(
        skipkeys=skipkeys, ensure_ascii=ensure_ascii,
        check_circular=check_circular, allow_nan=allow_nan, indent=indent,
        separators=separators, default=default, sort_keys=sort_keys,
        **kw).encode(obj)


_default_decoder = JSONDecoder(object_hook=None, object_pairs_hook=None)


def detect_encoding(b):
    """The encoding of JSON bytes: UTF-8, -16 or -32, from a BOM or from where the zero bytes are."""
    if b.startswith((b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00')):
        return 'utf-32'
    if b.startswith((b'\xfe\xff', b'\xff\xfe')):
        return 'utf-16'
    if b.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    # The first two characters are ASCII, so zero bytes show the width and
    # the byte order.
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def load(fp, *, cls=None, object_hook=None, parse_float=None,
        parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """The Python object for the JSON document read from fp (fp.read() is all it needs).

    The options are loads()'s.
    """
    return loads(fp.read(),
        cls=cls, object_hook=object_hook,
        parse_float=parse_float, parse_int=parse_int,
        parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None,
        parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """The Python object for the JSON document s (a str, or bytes in UTF-8, -16 or -32).

    object_hook(dict) replaces every decoded object, object_pairs_hook(pairs)
    does the same from its (key, value) pairs in order (and wins over
    object_hook). parse_float, parse_int and parse_constant receive the text of
    floats, ints and NaN/Infinity/-Infinity (default: float, int, float).
    cls is the JSONDecoder subclass to use; further keywords go to it.
    """
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)",
                                  s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        encoding = detect_encoding(s)
        if encoding == 'utf-8-sig':
            s, encoding = s[3:], 'utf-8'
        try:
            s = s.decode(encoding, 'surrogatepass')
        except LookupError:
            # No 'surrogatepass' handler here yet (lone surrogates cannot be held in a
            # str): the error it would not have handled is raised as 'strict' raises it.
            s = s.decode(encoding)

    if (cls is None and object_hook is None and
            parse_int is None and parse_float is None and
            parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)
