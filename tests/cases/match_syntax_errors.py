srcs = [
    "match x:\n    case -1+2j:\n        pass",
    "match x:\n    case 1+2:\n        pass",
    "match x:\n    case f'a':\n        pass",
    "match x:\n    case a.b():\n        pass",
    "match x:\n    case {**rest, 'a': 1}:\n        pass",
    "match x:\n    case {**_}:\n        pass",
    "match x:\n    case [*_, *_]:\n        pass",
    "match x:\n    case __debug__:\n        pass",
    "match x:\n    case (a, b) | (a, c):\n        pass",
    "match x:\n    case Point(x=1, 2):\n        pass",
    "match x:\n    case 1 as _:\n        pass",
    "match x:\n    case 1 as a.b:\n        pass",
    "match x:\n    case a if a:\n        pass\n    case b:\n        pass",
    "match x:\n    case (a | b):\n        pass",
    "match x:\n    case {1: a, 1.0: b}:\n        pass",
    "match x:\n    case {'a': a, 'a': b}:\n        pass",
    "match x:\n    case {-0: a, 0: b}:\n        pass",
    "match x:\n    case {(1, 2): a, (1, 2): b}:\n        pass",
    "match x:\n    case {None: a, None: b}:\n        pass",
    "match x:\n    case {b'a': a, 'a': b}:\n        pass",
    "match x:\n    case [a, [b, a]]:\n        pass",
    "match x:\n    case {'k': a, **a}:\n        pass",
    "match x:\n    case C(a=1, a=2):\n        pass",
    "match = 1\nprint(match)",
    "case = 2",
    "match x:\n    case str(x) | int(x):\n        pass",
]
for src in srcs:
    try:
        compile(src, "<pm>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
more = [
    "match x:\n    case [a] | (b):\n        pass",
    "match x:\n    case [a, b] | [b]:\n        pass",
    "match x:\n    case (a, b) | (b, a) | (a, c):\n        pass",
    "match x:\n    case [a, (b | a)]:\n        pass",
    "match x:\n    case {'k': [a, b], **b}:\n        pass",
    "match x:\n    case [a] as a:\n        pass",
    "match x:\n    case C(x=[a], y=1, x=2):\n        pass",
    "match x:\n    case {'a': 1, **rest} | {'b': rest}:\n        pass",
]
for src in more:
    try:
        compile(src, "<pm>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
