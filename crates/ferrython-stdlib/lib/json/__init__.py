"""JSON (RFC 8259) for Ferrython: `dumps`/`dump` write it, `loads`/`load` read it.

    >>> import json
    >>> json.dumps({'a': [1, 2.5, None, True]})
    '{"a": [1, 2.5, null, true]}'
    >>> json.loads('{"a": [1, 2.5, null, true]}')
    {'a': [1, 2.5, None, True]}

`JSONEncoder` and `JSONDecoder` do the work; pass a subclass as `cls=` to
encode other types or decode differently.
"""

from .decoder import JSONDecodeError, JSONDecoder
from .encoder import JSONEncoder

__version__ = "2.0.9"
__all__ = ["dump", "dumps", "load", "loads", "JSONDecoder", "JSONDecodeError", "JSONEncoder"]

# One encoder and one decoder serve every call that changes nothing: making them is the slow part.
_plain_encoder = JSONEncoder()
_plain_decoder = JSONDecoder()

# The encoder options and the values that leave the shared encoder usable.
_ENCODER_OPTIONS = (
    ("skipkeys", False), ("ensure_ascii", True), ("check_circular", True), ("allow_nan", True),
    ("indent", None), ("separators", None), ("default", None), ("sort_keys", False),
)
_DECODER_HOOKS = ("object_hook", "object_pairs_hook", "parse_float", "parse_int", "parse_constant")


def _encoder_for(cls, options, extra):
    """The encoder these `dumps`/`dump` arguments ask for."""
    plain = cls is None and not extra and all(
        bool(options[name]) == bool(usual) if usual is not None else options[name] is None
        for name, usual in _ENCODER_OPTIONS)
    if plain:
        return _plain_encoder
    return (JSONEncoder if cls is None else cls)(**options, **extra)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """`obj` as JSON text.

    skipkeys drops dict keys JSON cannot have (instead of TypeError); ensure_ascii
    escapes non-ASCII characters; check_circular reports a container inside itself
    as ValueError; allow_nan writes NaN and the infinities; indent (spaces, or a
    str) lays the text out over lines; separators is (item, key) separators;
    default(o) gives an encodable stand-in for o; sort_keys orders objects by key.
    """
    options = dict(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                   allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                   sort_keys=sort_keys)
    return _encoder_for(cls, options, kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
         cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Write `obj` as JSON to the text stream `fp`, a piece at a time (options as `dumps`)."""
    options = dict(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                   allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                   sort_keys=sort_keys)
    write = fp.write
    for piece in _encoder_for(cls, options, kw).iterencode(obj):
        write(piece)


# Byte-order marks, longest first (the UTF-32 little-endian mark starts like UTF-16's).
_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\xfe\xff", "utf-16"), (b"\xff\xfe", "utf-16"), (b"\xef\xbb\xbf", "utf-8-sig"),
)


def detect_encoding(b):
    """How JSON bytes are encoded: from a byte-order mark, else from where the zero bytes of
    the first (ASCII) characters fall."""
    for mark, encoding in _BOMS:
        if b.startswith(mark):
            return encoding
    zero = [byte == 0 for byte in b[:4]]
    if len(b) >= 4:
        if zero[0]:
            return "utf-32-be" if zero[1] else "utf-16-be"
        if zero[1]:
            return "utf-32-le" if zero[2] and zero[3] else "utf-16-le"
    elif len(b) == 2 and (zero[0] or zero[1]):
        return "utf-16-be" if zero[0] else "utf-16-le"
    return "utf-8"


def _as_text(document):
    """The JSON text of a str, bytes or bytearray document."""
    if isinstance(document, str):
        if document[:1] == "\ufeff":
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", document, 0)
        return document
    if not isinstance(document, (bytes, bytearray)):
        raise TypeError("the JSON object must be str, bytes or bytearray, "
                        f"not {document.__class__.__name__}")
    encoding = detect_encoding(document)
    if encoding == "utf-8-sig":
        document, encoding = document[3:], "utf-8"
    try:
        return document.decode(encoding, "surrogatepass")
    except LookupError:
        # Ferrython has no 'surrogatepass' handler (a str cannot hold a lone surrogate): decode
        # strictly, which fails exactly where that handler would not have helped.
        return document.decode(encoding)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """The Python value of the JSON document `s` (str, or bytes in UTF-8, -16 or -32).

    object_hook(dict) replaces each decoded object; object_pairs_hook(pairs) does
    the same from the (key, value) pairs in order and takes precedence;
    parse_float, parse_int and parse_constant receive the text of floats, ints
    and NaN/Infinity/-Infinity. `cls` is the JSONDecoder subclass to use.
    """
    text = _as_text(s)
    given = dict(object_hook=object_hook, object_pairs_hook=object_pairs_hook,
                 parse_float=parse_float, parse_int=parse_int, parse_constant=parse_constant)
    hooks = {name: given[name] for name in _DECODER_HOOKS if given[name] is not None}
    if cls is None and not hooks and not kw:
        return _plain_decoder.decode(text)
    return (JSONDecoder if cls is None else cls)(**hooks, **kw).decode(text)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """The Python value of the JSON document read from `fp` (options as `loads`)."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
