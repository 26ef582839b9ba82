# JSONEncoder / JSONDecoder subclasses, iterencode pieces, dump/load with files, module attributes.
import json
import os


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        if isinstance(o, complex):
            return {'re': o.real, 'im': o.imag}
        return super().default(o)


print(json.dumps({'s': {3, 1, 2}, 'c': 1 + 2j}, cls=SetEncoder, sort_keys=True))
print(json.dumps({'s': {3, 1}}, cls=SetEncoder, indent=1))
print(SetEncoder().encode([frozenset({5})]))
try:
    json.dumps([object], cls=SetEncoder)
except TypeError as e:
    print('TypeError', e)


class Upper(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()


print(json.dumps(['a', {'b': 'c'}], cls=Upper))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f'Point({self.x}, {self.y})'


def as_point(d):
    if set(d) == {'x', 'y'}:
        return Point(d['x'], d['y'])
    return d


class PointDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=as_point, **kw)


text = json.dumps({'p': {'x': 1, 'y': 2}, 'q': [{'x': 3, 'y': 4}, {'z': 5}]})
print(text)
print(json.loads(text, cls=PointDecoder))
print(json.loads(text, object_hook=as_point) == json.loads(text, cls=PointDecoder) or 'objects differ')

e = json.JSONEncoder()
print(repr(e.item_separator), repr(e.key_separator), e.indent, e.skipkeys, e.ensure_ascii, e.check_circular,
      e.allow_nan, e.sort_keys)
e = json.JSONEncoder(indent=4)
print(repr(e.item_separator), repr(e.key_separator), e.indent)
e = json.JSONEncoder(separators=('|', '#'), indent=2)
print(repr(e.item_separator), repr(e.key_separator), e.encode({'a': [1, 2]}))
print(json.JSONEncoder().encode('\u00e9'), json.JSONEncoder(ensure_ascii=False).encode('\u00e9'))
print(list(json.JSONEncoder().iterencode([1, {'a': 2, 'b': [3, 'x']}, 'y', None])))
print(list(json.JSONEncoder(indent=1).iterencode([1, {'a': 2}])))
print(list(json.JSONEncoder(indent=2, sort_keys=True).iterencode({'b': [], 'a': {}, 'c': [1.5, True]})))
print(list(json.JSONEncoder(default=str).iterencode([object.__name__, 2 + 3j])))
print(json.JSONEncoder().iterencode([1], _one_shot=True), list(json.JSONEncoder().iterencode('s')))
print(list(json.JSONEncoder().iterencode({})), list(json.JSONEncoder().iterencode(5)))

d = json.JSONDecoder()
print(d.strict, d.object_hook, d.object_pairs_hook, d.parse_float, d.parse_int, d.parse_string is json.decoder.scanstring)
print(d.parse_constant('NaN'), d.parse_constant('-Infinity'), d.memo)


class Writer:
    def __init__(self):
        self.pieces = []

    def write(self, s):
        self.pieces.append(s)


w = Writer()
json.dump({'a': [1, 2], 'b': None}, w)
print(w.pieces)
w = Writer()
json.dump([1, {'k': 'v'}], w, indent=2)
print(w.pieces)

path = 'json_classes_tmp.json'
with open(path, 'w') as f:
    json.dump({'x': [1, 2.5, '\u00e9'], 'y': True}, f, ensure_ascii=False, sort_keys=True)
with open(path) as f:
    print(f.read())
with open(path) as f:
    print(json.load(f))
with open(path, 'rb') as f:
    print(json.load(f, parse_float=str))
os.remove(path)

print(json.__all__, json.__version__)
print(json.encoder.encode_basestring('a"\u00e9\n'), json.encoder.encode_basestring_ascii('a"\u00e9\n\U0001f600'))
for bad in (lambda: json.encoder.encode_basestring(1), lambda: json.encoder.encode_basestring_ascii(b'x')):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
print(json.detect_encoding(b'{}'), json.detect_encoding(b'\x00{\x00}'), json.detect_encoding(b'{\x00\x00\x00'),
      json.detect_encoding(b'\xef\xbb\xbf{}'), json.detect_encoding(b'\xff\xfe{\x00'), json.detect_encoding(b'{\x00'))
