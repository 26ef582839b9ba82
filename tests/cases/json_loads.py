# json.loads: values, hooks, and JSONDecodeError's messages and positions.
import json

docs = ['', ' ', '[', ']', '[1,]', '[1 2]', '{"a":1,}', '{"a" 1}', '{a:1}', '{"a":}', '"abc', '"a\\x"', '"\\u12"',
        '"\\u12zz"', '"\\ud800\\udc00"', '"\\uD83D\\uDE00"', '"a\nb"', '"a\tb"', '[1] x', '{"a":1} {}', 'nul', 'tru',
        'NaN', '-Infinity', 'Infinity', '-', '-a', '01', '1.', '1.e5', '1e', '.5', '1.5e+', '-0', '-0.0', '1E400',
        '123456789012345678901234567890', '"\\', '"\\u', '{"a":1', '{"a"', '{', '{"', '[1,', '["a",', '\ufeff[1]',
        '[1]\n\n  x', '\n\n  [1,\n  2,,]', '{"a":1, "a":2}', '[true, false, null]', '  [ 1 , 2 ]  ',
        '"\\/\\b\\f\\n\\r\\t\\"\\\\"', '"\u00e9\\u00e9"', '{"":1}', '[[[]]]', '1e5', '1E-5', '-12.5e3', '"\x7f"', '"\x1f"',
        'true false', '"\\x"', '"\\u1234', '"\\u1234"', '"\\u123"', '"\\u12345"', '"ab\\u12"', '"\\ud800\\udc00',
        '"\\ud800\\udc0"', '"\\ud800\\udc0x"', '"\\ud800\\dc00"', '"\\ud800\\x"', '"\\ud800\\u"', '"\\ud800\\u0"',
        '"\\ud800\\"', '"\\ud800\\u00', '"\\ud800\\u004"', '"\\ud800\\u0041', '"\\uzzzz"', '"\\u00e9x', '"\\"', '"a\\',
        '["\\u12', '"\x00"', '"abc\\n', '"\\u0000"', '{"x": [1, {"y": "\u00e9\u4e2d"}], "z": -1.5E-2}',
        '\u4e2d', '["\u4e2d", x]', '["\u00e9\u00e9", 1 2]', '{"\u00e9": 1, "b": [1, 2, 3', '9007199254740993',
        '1.7976931348623157e308', '5e-324', '2.5e-324', '0.1', '-', '[-]', '[0x10]', '[1e1000, -1e1000]']
for d in docs:
    try:
        print(repr(d), '->', repr(json.loads(d)))
    except json.JSONDecodeError as e:
        print(repr(d), '->', 'JSONDecodeError', e, (e.msg, e.pos, e.lineno, e.colno))

print(json.loads('"a\nb"', strict=False), json.loads('["\t", "\x00"]', strict=False))
print(json.loads(b'[1]'), json.loads(bytearray(b'{"a": 1}')), json.loads('"\\ud834\\udd1e"'))
print(json.loads(b'\xef\xbb\xbf[1]'), json.loads(b'\x00[\x001\x00]'), json.loads('[1]'.encode('utf-16')),
      json.loads('"x"'.encode('utf-32-le')), json.loads('"x"'.encode('utf-32')), json.loads('{"\u00e9": 2}'.encode('utf-16-le')))
print(json.loads('[1.5, 2, NaN]', parse_float=str, parse_int=lambda s: 'i' + s, parse_constant=lambda s: s.lower()))
print(json.loads('{"b":1,"a":[1],"c":{"d":2}}', object_pairs_hook=list))
print(json.loads('{"b":1,"a":{"c":2}}', object_hook=lambda d: sorted(d)))
print(json.loads('{"b":1}', object_hook=lambda d: 1, object_pairs_hook=lambda p: 2))
print(json.loads('[1, 2.5]', parse_int=None, parse_float=None), json.loads('[1.10]', parse_float=lambda s: s))
print(json.JSONDecoder().raw_decode('[1] x'), json.JSONDecoder().raw_decode('xx[1]', 2), json.JSONDecoder().decode(' [1] '))
for bad in [lambda: json.JSONDecoder().raw_decode(' [1]'), lambda: json.loads(1), lambda: json.loads(None),
            lambda: json.loads(b'\xff'), lambda: json.loads('[1]', foo=1), lambda: json.loads('[' * 100000),
            lambda: json.loads('{"a":' * 100000), lambda: json.loads('1' * 5000), lambda: json.loads('[1]', object_hook=5) and 0,
            lambda: json.loads('{}', object_hook=5), lambda: json.loads('[1]', parse_int=len), lambda: json.loads('[1.5]', parse_float=int)]:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)

e = json.JSONDecodeError('msg', 'ab\ncd', 4)
print(e, e.args, e.__reduce__(), json.JSONDecodeError.__mro__, isinstance(e, ValueError))
print(json.decoder.JSONDecodeError is json.JSONDecodeError, json.decoder.scanstring('"abc" x', 1))
for args in [('"abc"', 10), ('"abc"', -1), ('"a\tb"', 1), ('"a\tb"', 1, False), (1, 1)]:
    try:
        print(json.decoder.scanstring(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
d = json.JSONDecoder()
for s, i in [('[1,]', 0), ('x', 0), ('[1]', 5), ('[1]', -1), ('{"a":}', 0), ('[x]', 0), ('  1', 0), ('[1, 2]', 1)]:
    try:
        print(d.scan_once(s, i))
    except StopIteration as e:
        print('StopIteration', e.value)
    except Exception as e:
        print(type(e).__name__, e)
big = json.loads('{"k%d": [%d, "v", {"n": null}]}' % (5, 5))
print(big, json.loads(json.dumps(list(range(300)))) == list(range(300)))
