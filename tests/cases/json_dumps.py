# json.dumps: every type, indent, separators, sort_keys, skipkeys, ensure_ascii, allow_nan, errors.
import json


class L(list):
    pass


class D(dict):
    pass


class F(float):
    def __repr__(self):
        return 'F!'


class I(int):
    def __repr__(self):
        return 'I!'


class S(str):
    pass


objs = [None, True, False, 0, -5, 2**100, 1.5, 1e100, 1e-7, -0.0, 0.1 + 0.2, float('inf'), float('-inf'), float('nan'),
        'abc', '\u00e9\u2028\U0001f600\x7f\x00\x1f"\\/\b\f\n\r\t', [], {}, [1, [2, {}]], (1, 2), (), [[]], [{}],
        {'b': 1, 'a': [1, 2], 'c': {}}, {1: 'x', 2.5: 'y', True: 'z', None: 'n', False: 'f'}, L([1]), D(a=1), F(2.5), I(7),
        S('s'), {F(1.5): 1, I(3): 2, S('k'): 3}, {'x': {'y': [1, {}, [True, None]]}}]
options = [{}, dict(indent=2), dict(indent='\t', sort_keys=True), dict(separators=(',', ':')), dict(ensure_ascii=False),
           dict(indent=0), dict(indent=-1), dict(indent=1, separators=(' ,', ' : ')), dict(sort_keys=True)]
for o in objs:
    for kw in options:
        try:
            print(repr(json.dumps(o, **kw)))
        except Exception as e:
            print(type(e).__name__, e)

tests = [
    lambda: json.dumps(float('nan'), allow_nan=False), lambda: json.dumps([float('inf')], allow_nan=False, indent=1),
    lambda: json.dumps({float('-inf'): 1}, allow_nan=False), lambda: json.dumps({float('nan'): 1}),
    lambda: json.dumps({(1,): 1}), lambda: json.dumps({(1,): 1, 'a': 2}, skipkeys=True),
    lambda: json.dumps({'a': 2, (1,): 1, 'b': 3}, skipkeys=True, indent=1), lambda: json.dumps({(1,): 1}, indent=1),
    lambda: json.dumps({(1,): 1}, skipkeys=True), lambda: json.dumps({(1,): 1}, skipkeys=True, indent=1),
    lambda: json.dumps(object()), lambda: json.dumps({1, 2}), lambda: json.dumps(b'x'), lambda: json.dumps(range(3)),
    lambda: json.dumps({'b': 1, 'a': 2}, sort_keys=True), lambda: json.dumps({'b': 1, 2: 2}, sort_keys=True),
    lambda: json.dumps([1, 2], separators=(';', '=')), lambda: json.dumps({'a': 1}, indent=2, separators=(',', ': ')),
    lambda: json.dumps(object(), default=lambda o: 'obj'), lambda: json.dumps(1, foo=2),
    lambda: json.dumps([1], default=lambda o: o), lambda: json.dumps(object(), default=lambda o: o),
    lambda: json.dumps(object(), default=lambda o: o, indent=1), lambda: json.dumps([complex(1, 2)], default=str),
    lambda: json.dumps({'a': None}, sort_keys=True, indent=None, separators=None), lambda: json.dumps([1], indent=2.5),
    lambda: json.dumps([1], separators=(1, 2)), lambda: json.dumps('x', ensure_ascii=False),
    lambda: json.dumps({'z': 1, 'y': {'b': 2, 'a': 1}}, sort_keys=True, indent=3),
    lambda: json.dumps({1: 'a', '1': 'b'}), lambda: json.dumps({True: 1, 1: 2}), lambda: json.dumps([2**64, -2**64]),
    lambda: json.dumps(10 ** 5000), lambda: json.dumps({10 ** 5000: 1}),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)

a = []
a.append(a)
d = {}
d['d'] = d
for o in [a, d, [1, a], {'x': [d]}]:
    for kw in [{}, dict(indent=1)]:
        try:
            json.dumps(o, **kw)
        except ValueError as e:
            print(type(e).__name__, e)
for o in [a, d]:
    try:
        json.dumps(o, check_circular=False)
    except RecursionError as e:
        print('RecursionError', e)
shared = [1]
print(json.dumps([shared, shared, {'s': shared}]))
