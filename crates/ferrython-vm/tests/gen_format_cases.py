"""Writes the expected-value tables that tests/format_*.rs check Ferrython's format module against.

Every expected value is computed here by CPython 3.11 itself; nothing is typed by hand.
Run from the repository root:

    python3 crates/ferrython-vm/tests/gen_format_cases.py crates/ferrython-vm/tests/data/format

Each table is a text file of tab-separated lines: a case kind, its inputs, and the outcome, which is
`ok:<result>` or `err:<ExceptionName>:<message>`. Fields are ASCII: a backslash is written `\\\\`
and every character outside printable ASCII (tab included) as `\\u{hex}`.
"""
import _string
import math
import os
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "the tables must come from CPython 3.11: %s" % sys.version


def esc(s):
    out = []
    for ch in s:
        if ch == "\\":
            out.append("\\\\")
        elif " " <= ch <= "~":
            out.append(ch)
        else:
            out.append("\\u{%x}" % ord(ch))
    return "".join(out)


def outcome(fn):
    try:
        return "ok:" + esc(fn())
    except (ValueError, TypeError, OverflowError, KeyError, IndexError, MemoryError, AttributeError) as e:
        msg = e.args[0] if isinstance(e, KeyError) and e.args else str(e)
        return "err:%s:%s" % (type(e).__name__, esc(str(msg)))


class Table:
    def __init__(self, path):
        self.f = open(path, "w", encoding="ascii", newline="\n")
        self.n = 0

    def row(self, *fields):
        self.f.write("\t".join(fields) + "\n")
        self.n += 1

    def close(self):
        self.f.close()


def frepr(x):
    return repr(x)


rng = random.Random(20240311)

INTS = [0, 1, -1, 7, -42, 255, -255, 1000, 1234567, -98765432109876543210, 10**30, 65, 0x10FFFF,
        0x110000, 2**63 - 1, 2**63, -2**63, 2**70, 10**400, -(2**1023), 2**1024, 10**308 * 18]
FLOATS = [0.0, -0.0, 1.0, -1.5, 2.675, 0.125, 0.375, 2.5, 1e16, 1e-5, 123456.789, 1e300, 5e-324,
          float("inf"), -float("inf"), float("nan"), 1234.5, 0.1, 9.999, 999999.5, 1.7976931348623157e308,
          3.141592653589793, -0.0004, 1e22, 12345678901234567890.0, 0.5, 1.5, 99.995, 1e-7, 100.0,
          2.2250738585072014e-308, 123456789012345.0, 1e15, 9.5, 0.05]
STRS = ["", "a", "abc", "h\u00e9llo", "\u65e5\u672c\u8a9e", "x" * 12]
COMPLEX = [complex(0, 0), complex(-0.0, 0), complex(0, -0.0), complex(1, 2), complex(-1.5, 0.25),
           complex(0, 1), complex(1e16, -1e-5), complex(float("nan"), float("inf")),
           complex(1234.5, -6789.25), complex(-0.0, -0.0), complex(0.0, 3.0)]

ALIGNS = ["", "<", ">", "^", "=", "*<", "*>", "*^", "*=", "0=", "0<", "x^", "\u00e9>", "{<", " =", "0>"]
SIGNS = ["", "+", "-", " "]
WIDTHS = ["", "0", "1", "5", "8", "13", "20"]
GROUPS = ["", ",", "_"]
PRECS = ["", ".0", ".1", ".2", ".3", ".6", ".17", ".25"]
INT_TYPES = ["", "b", "c", "d", "o", "x", "X", "n", "e", "E", "f", "F", "g", "G", "%", "s", "r"]
FLOAT_TYPES = ["", "e", "E", "f", "F", "g", "G", "n", "%", "d", "x", "c", "s"]
STR_TYPES = ["", "s", "d", "r"]


def random_spec(types):
    return (rng.choice(ALIGNS) + rng.choice(SIGNS) + rng.choice(["", "", "", "z"])
            + rng.choice(["", "", "#"]) + rng.choice(["", "", "0"]) + rng.choice(WIDTHS)
            + rng.choice(GROUPS) + rng.choice(PRECS) + rng.choice(types))


FIXED_SPECS = ["", "abc", "9999999999999999", "<9999999999999999", ".9999999999999999", "5.3ss", ".", "9" * 30, "." + "9" * 11, ".2147483648f", ".2147483647f" * 0, "\x00", "\u00e9",
               ",_", "_,", ",,", "__", ".,", "=", "0", "00", "010", "0=10,", "x=10,", "<010", "#", "#x",
               "#o", "#b", "#X", "_b", "_x", "_o", "_X", ",b", ",x", ",c", ",n", "_n", "_s", ",s", "z", "zd",
               "+c", "#c", "<5c", "^7c", "=+10", "+010", " 010", "-010", "0=+10", "*=+10", "010_", "011,",
               "020,.2f", "012_.3e", "0>10", "0^10", "^", "<", ">", "1", "z.2f", "z%", "ze", "zg", "z.0f",
               ".0e", ".0g", "#.0e", "#.0f", "#.0g", "#g", "#.3g", "#", "#.3", ".3", ".0", ".1", ".16", ".17",
               "\u0665", "\u0661\u0660", ".\u0663f", "^\u0661\u0662", "%", ".1%", ",%", "_%", "E", "G", "n", ".3n",
               ",.2f", "_.2e", "12,.4g", ",g", ",e", "+,", "+_", "\u65e5<9", "\u65e5^9,", ".100f", ".1000e",
               "#.20g", ".50g", "<", "=5", "=+5", "+=5", "=#", "#=", "+z", "z#", " ", "-", "+", "5", "1.2",
               "10.0", "x<", "\x00<5", "<\x00", "{}", "}", "{"]


def gen_spec(path):
    t = Table(path)
    for v in INTS:
        specs = FIXED_SPECS + [random_spec(INT_TYPES) for _ in range(220)]
        for s in specs:
            t.row("int", str(v), esc(s), outcome(lambda: format(v, s)))
    for v in FLOATS:
        specs = FIXED_SPECS + [random_spec(FLOAT_TYPES) for _ in range(220)]
        for s in specs:
            t.row("float", frepr(v), esc(s), outcome(lambda: format(v, s)))
    for v in STRS:
        specs = FIXED_SPECS + [random_spec(STR_TYPES) for _ in range(150)]
        for s in specs:
            t.row("str", esc(v), esc(s), outcome(lambda: format(v, s)))
    for v in COMPLEX:
        specs = FIXED_SPECS + [random_spec(FLOAT_TYPES) for _ in range(150)]
        for s in specs:
            t.row("complex", frepr(v.real) + "," + frepr(v.imag), esc(s), outcome(lambda: format(v, s)))
    # A few random floats over the whole range, with every precision-taking type.
    for _ in range(600):
        v = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
        if math.isnan(v):
            continue
        s = rng.choice(["e", "f", "g", "", "E", "%", "G"])
        p = rng.choice(["", ".0", ".1", ".5", ".10", ".16", ".17", ".30", ".400"])
        spec = p + s
        t.row("float", frepr(v), esc(spec), outcome(lambda: format(v, spec)))
    # Half-way cases and short decimals at every precision.
    for _ in range(600):
        digits = rng.randint(1, 6)
        v = rng.randint(0, 10**digits) / 10 ** rng.randint(0, digits) + rng.choice([0, 0.5, 0.05, 0.005, 0.25, 0.125])
        v = -v if rng.random() < 0.3 else v
        spec = rng.choice(["", ".0", ".1", ".2", ".3"]) + rng.choice(["f", "e", "g", "%", ""])
        t.row("float", frepr(v), esc(spec), outcome(lambda: format(v, spec)))
    # The type name in messages is the (sub)class's, cut to 200 bytes.
    for name, base, v, s in [("bool", int, True, "s"), ("MyInt", int, 1, "abc"), ("MyFloat", float, 1.0, "d"),
                             ("MyStr", str, "a", "d"), ("MyComplex", complex, 1j, "%"), ("x" * 250, int, 1, "q"),
                             ("\u00e9" * 150, int, 1, "q"), ("a" + "\u00e9" * 150, int, 1, "q"),
                             ("ab" + "\u65e5" * 100, int, 1, "q")]:
        sub = type(name, (base,), {})
        t.row("typename", esc(name), esc(s), outcome(lambda: format(sub(v), s)))
    t.close()
    return t.n


def gen_repr(path):
    t = Table(path)
    vals = FLOATS + [1e-4, 1e-5, 0.0001, 1.5e300, 2e16 + 8, 1e15 + 0.3, 123e-20, 1.0 / 3, 2.0**-1074, 4.35, 1e17,
                     9007199254740993.0, 0.30000000000000004, 1e23, 8.41e21, 5e-5, 1234567890123456.7]
    for _ in range(3000):
        vals.append(struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0])
    for _ in range(500):
        vals.append(rng.uniform(-1e6, 1e6))
    for v in vals:
        if math.isnan(v) and repr(v) != "nan":
            continue
        t.row("repr", v.hex() if math.isfinite(v) else repr(v), "", "ok:" + esc(repr(v)))
    for re_, im in [(c.real, c.imag) for c in COMPLEX] + [(1.0, -0.0), (-1.0, float("nan")), (0.0, -1e300)]:
        c = complex(re_, im)
        t.row("complex_repr", re_.hex() if math.isfinite(re_) else repr(re_),
              im.hex() if math.isfinite(im) else repr(im), "ok:" + esc(repr(c)))
    t.close()
    return t.n


def fhex(v):
    return v.hex() if math.isfinite(v) else repr(v)


def gen_round(path):
    t = Table(path)
    vals = [2.675, 0.125, 0.375, 2.5, 3.5, -2.5, -0.5, 0.5, 1.5, 1234.5678, -1234.5678, 1e300, 1.7976931348623157e308,
            5e-324, 0.0, -0.0, 1e-300, 123456789.123456789, 0.285, 1.005, 5.015, 99.995, 1e22, 1e16 + 2,
            float("inf"), -float("inf"), float("nan"), 4.5e15, 4503599627370495.5, 2.0**52 + 0.5]
    for _ in range(300):
        vals.append(rng.uniform(-1e4, 1e4))
        vals.append(struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0])
    for v in vals:
        for n in [0, 1, 2, 3, -1, -2, -3, 5, 10, 15, 17, 20, 300, 323, 324, 400, -307, -308, -309, -400, 2**62]:
            if rng.random() < 0.5 and n not in (0, 2, -1):
                continue
            def go():
                r = round(v, n)
                return fhex(r)
            t.row("round", fhex(v), str(n), outcome(go))
        if math.isfinite(v):
            t.row("round0", fhex(v), "", outcome(lambda: fhex(float(round(v)))))
    t.close()
    return t.n


INT_STRS = ["0", "00", "000", "0_0", "010", "0_1", "1_000", "1__000", "_1", "1_", "+5", "-5", "- 5", " 12 ", "\t\n12\x0b\x0c\r",
            "0x1f", "0X1F", "0o17", "0b101", "0x_1f", "0x__1f", "0x", "0b", "0o", "0b2", "0o8", "1e5", "1.0", "", " ", "+", "-",
            "++1", "+-1", "z", "Z", "zz", "ZZ", "10", "7fffffffffffffff", "123456789012345678901234567890", "-0", "+0", "0x0",
            "\u0663", "1\u0660", "\u0661\u0662_\u0663", "0x\u0661", "\u00a05", "\u30005\u3000", "5\x1c", "\x855", "1\x00", "12a",
            "0_", "_", "0b_1", "0b1_", "0_b1", "00_0", "0_00", "09", "08", "0_7", "1 2", "١٢", "1\u200b", "\uff11\uff12",
            "-0x1f", "  -0b11  ", "0xg", "1" * 50, "0" * 50, "0" * 50 + "1", "999_999_999", "1" * 4300, "1" * 4301,
            "1" * 4301 + "x", "1_" * 4300 + "1", "f" * 5000]


def gen_parse(path):
    t = Table(path)
    for s in INT_STRS:
        for base in [0, 2, 8, 10, 16, 36, 3, 7]:
            t.row("int", esc(s), str(base), esc(repr(s)), outcome(lambda: hex(int(s, base))))
    float_strs = ["1", "1.5", ".5", "5.", ".", "-.5", "+5.", "1e5", "1E5", "1e+5", "1e-5", "1e", "e5", "1.e5", ".e5", "-.e5",
                  "1_000.5", "1__000", "_1", "1_", "1_e5", "1e_5", "1e5_", "1e1_0", "1.5_5", "1._5", "1_.5", "inf", "-inf", "+inf",
                  "INF", "Infinity", "-iNfInItY", "infinit", "infinity1", "nan", "-nan", "+NaN", "NAN", "nan(1)", "in_f",
                  "  1.5  ", "\t1.5\n", "\x0b1\x0c", "1.5\x1c", "\u00a01.5", "\u30001.5\u3000", "\u0661.\u0665", "\uff11e\uff13",
                  "", " ", "-", "+", "0x1p3", "1e500", "-1e500", "1e-500", "-1e-500", "0", "-0", "-0.0", "00.5", "1,5", "1 5",
                  "2.5e-324", "2.4703282292062328e-324", "4.9406564584124654e-324", "1.7976931348623157e308",
                  "1.7976931348623158e308", "1.7976931348623159e308", "0.1", "123456789012345678901234567890",
                  "9007199254740993", "1e0001", "1e-0", "+.5e+3", "1.5e3.5", "1.5.5", "--1", "1e++5", "1\x00",
                  "1" * 400 + "e-400", "." + "0" * 400 + "1", "nan ", " -inf", "3.14159_26535", "1_2.3_4e5_6"]
    for s in float_strs:
        t.row("float", esc(s), esc(repr(s)), outcome(lambda: fhex(float(s))))
    for _ in range(500):
        v = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
        if math.isfinite(v):
            for s in (repr(v), "%.25e" % v, "%.40g" % v, "%.3f" % v if abs(v) < 1e30 else repr(v)):
                t.row("float", esc(s), esc(repr(s)), outcome(lambda: fhex(float(s))))
    for v in INTS + [-7, -2**70, 2**61 - 1, 2**61, 2**61 - 2, -(2**61 - 1), 2**122, 123456789 * 2**200] + \
            [rng.randint(-2**200, 2**200) for _ in range(200)] + [10**4299, -10**4299, 10**4300, -10**4300, 2**20000]:
        # Values are written in hex: str() itself refuses the largest ones.
        t.row("bin", hex(v), "", "ok:" + bin(v))
        t.row("oct", hex(v), "", "ok:" + oct(v))
        t.row("hex", hex(v), "", "ok:" + hex(v))
        t.row("str", hex(v), "", outcome(lambda: str(v)))
    t.close()
    return t.n


def gen_hash(path):
    t = Table(path)
    ints = INTS + [-1, -2, 2**61 - 1, 2**61, 2**61 - 2, 2**61 + 1, -(2**61 - 1), -(2**61), -(2**61 + 1), 2**122 - 1,
                   2**64, -(2**64), 314159, -314159] + [rng.randint(-2**300, 2**300) for _ in range(300)] + \
        [rng.randint(-2**70, 2**70) for _ in range(300)]
    for v in ints:
        t.row("int", str(v), "", "ok:" + str(hash(v)))
    floats = FLOATS + [-1.0, -2.0, 0.5, -0.5, 1e-300, 2.0**61, 2.0**-61, 2.0**62, 1.5e300, 2.0**-1074]
    for _ in range(1000):
        floats.append(struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0])
        floats.append(rng.uniform(-100, 100))
    for v in floats:
        if math.isnan(v):
            continue
        t.row("float", fhex(v), "", "ok:" + str(hash(v)))
    for _ in range(300):
        c = complex(rng.choice(floats), rng.choice(floats))
        if math.isnan(c.real) or math.isnan(c.imag):
            continue
        t.row("complex", fhex(c.real), fhex(c.imag), "ok:" + str(hash(c)))
    for c in COMPLEX:
        if not (math.isnan(c.real) or math.isnan(c.imag)):
            t.row("complex", fhex(c.real), fhex(c.imag), "ok:" + str(hash(c)))
    tuples = [(), (1,), (1, 2), (-1,), (-2,), (1, 2, 3), tuple(range(20)), (2**61 - 1,), (0, 0), (-1, -1)]
    for _ in range(300):
        tuples.append(tuple(rng.randint(-2**64, 2**64) for _ in range(rng.randint(0, 8))))
    for tup in tuples:
        t.row("tuple", " ".join(str(hash(x)) for x in tup), "", "ok:" + str(hash(tup)))
    # Nested tuples: the items' hashes are tuple hashes themselves.
    for _ in range(50):
        inner = tuple(rng.randint(-1000, 1000) for _ in range(3))
        tup = (inner, rng.random(), -1)
        t.row("tuple", " ".join(str(hash(x)) for x in tup), "", "ok:" + str(hash(tup)))
    t.close()
    return t.n


# str.format cases. The Rust test builds these same argument values.
FIELD_ARGS = (42, "spam", -1.5, "x", 1234567, [10, "two", 3.25], {"k": "v", "n": 5, "0": "zero"})
FIELD_KWARGS = {"name": "Bob", "w": 10, "p": 3, "f": 2.5, "n": -7, "lst": [1, "two"], "d": {"a": "b"},
                "c": "\u00e9"}
TEMPLATES = ["", "plain", "{}", "{0}", "{} {}", "{0} {1}", "{} {1}", "{1} {}", "{name}", "{name} {}", "{} {name}",
             "{0!r}", "{1!r}", "{1!s}", "{1!a}", "{c!a}", "{c!r}", "{1!x}", "{1!}", "{1!", "{1!rr}", "{0!r:>8}",
             "{0:{1}}", "{0:>{w}}", "{0:>{w}.{p}}", "{2:.{p}f}", "{2:{w}.{p}}", "{:{}}", "{:{}} {}", "{:{}} {0}",
             "{0:{}}", "{:{0}}", "{0:{{}}}", "{0:{1:{2}}}", "{0:{a:{b}}}", "{{}}", "{{", "}}", "{{0}}", "{", "}", "a}b",
             "{0}}", "{0}}}", "{{{0}}}", "{0[}", "{0[]}", "{5[0]}", "{5[1]}", "{5[9]}", "{6[k]}", "{6[n]}", "{6[0]}",
             "{6[missing]}", "{lst[1]}", "{d[a]}", "{d[z]}", "{0.real}", "{2.imag}", "{0.real.real}", "{0.}",
             "{0.foo}", "{0[}", "{5[0]x}", "{5[0].real}", "{5[0]!r:^9}", "{a{b}", "{missing}", "{9}", "{99}",
             "{0:d}", "{1:d}", "{2:x}", "{5:x}", "{5}", "{6}", "{5:}", "{name:*^11}", "{w:#x}", "{n:+,}", "{f:%}",
             "{3:\u00e9^5}", "{\u0663:>6}", "{0:{w}_}", "{4:,}", "{4:_x}", "{:}", "{!r}", "{!r:}", "{:>{}}",
             "x{}y{}z{}", "{0}{1}{0}", "{n:{w}}", "{" + "9" * 30 + "}", "{0[" + "9" * 30 + "]}", "{0:{1}:}",
             "{0!r:{w}}", "{0!s:{w}}", "{:{}}{}", "{lst}", "{d!r}", "{d:x}", "{:{:{}}}", "{0:{1:{2:{3}}}}",
             "{0:}}", "{0:{}", "{[}]}", "{0!:}", "{0!\u00e9}", "{0!\x01}", "{name.nope}"]


def field_tables(path):
    t = Table(path)
    names = ["", "0", "a", "0.b[c]", "a[0]", "a[]", "a.", "a[0", "a[0]b", ".a", "[0]", "00", "\u0663", "9" * 30,
             "a[" + "9" * 30 + "]", "a.b.c", "a[b][c]", "a[.]", "a[[]", "a[]]", "a.[b]", "a..b", "x[0]]", "0[0][1].x"]
    for n in names:
        def split():
            first, rest = _string.formatter_field_name_split(n)
            parts = ["i:%d" % first if isinstance(first, int) else "s:" + first]
            for is_attr, key in rest:
                parts.append(("a:" if is_attr else ("i:" if isinstance(key, int) else "k:")) + str(key))
            return "|".join(parts)
        t.row("name", esc(n), outcome(split))
    for tpl in TEMPLATES:
        def parse():
            pieces = []
            for lit, name, spec, conv in _string.formatter_parser(tpl):
                pieces.append("\x1f".join("\x00" if x is None else x for x in (lit, name, spec, conv)))
            return "\x1e".join(pieces)
        t.row("parse", esc(tpl), outcome(parse))
        t.row("format", esc(tpl), outcome(lambda: tpl.format(*FIELD_ARGS, **FIELD_KWARGS)))
    t.row("format_map", esc("{name}-{w:>4}"), outcome(lambda: "{name}-{w:>4}".format_map(FIELD_KWARGS)))
    t.row("format_map", esc("{name}{0}"), outcome(lambda: "{name}{0}".format_map(FIELD_KWARGS)))
    t.row("format_map", esc("{}"), outcome(lambda: "{}".format_map(FIELD_KWARGS)))
    t.close()
    return t.n


PERCENT_CASES = [
    ("%5%", ()), ("%5%", (1,)), ("%y", ()), ("%y", (1,)), ("%", ()), ("%(a)", {"a": 1}), ("%(a", {"a": 1}),
    ("%(a)s %s", {"a": 1}), ("%s %(a)s", {"a": 1}), ("abc", [1]), ("abc", 5), ("abc", ()), ("abc", {}), ("%s", [1, 2]),
    ("%-05d", 3), ("%05s", "ab"), ("%.2s", "abc"), ("%c", "ab"), ("%c", -1), ("%c", 2**70), ("%c", 1.5), ("%d", "x"),
    ("%x", 1.5), ("%f", "x"), ("%*d", ("a", 1)), ("%*d", (-5, 1)), ("%.*f", (-3, 1.5)), ("%#o", 8), ("%#X", 255),
    ("%+#x", 255), ("% 05d", 42), ("%#010x", 255), ("%#010o", 8), ("%-#10x", 255), ("%hd", 5), ("%lld", 5),
    ("%ld", 5), ("%Lf", 1.5), ("%5.3d", 7), ("%#.3o", 8), ("%r", "x"), ("%a", "\u00e9"), ("%%%s", 1),
    ("%(a)s %%", {"a": 1}), ("%s %s", (1,)), ("%s", (1, 2)), ("%(a)d", 5), ("%(a)s", [1]), ("%(a)s", {"b": 1}),
    ("%0*d", (5, -3)), ("%-*d", (5, 3)), ("%.0f", 0.5), ("%e", 1e300), ("%10.4g", 3.14159), ("%G", 1e-10),
    ("%i", 3.9), ("%u", -3), ("%o", -8), ("%x", True), ("%d", 2**100), ("%*s", (2**64, "a")),
    ("%.*s", (2**40, "a")), ("%(a)*d", {"a": 5}), ("%5c", 65), ("%-5c", "x"), ("%.1c", "x"), ("%s", ()),
    ("%d", None), ("%((a))s", {"(a)": 1}), ("%(a)s%(b)r", {"a": "x", "b": "y"}), ("%(a)5.1f|%(a)-8.3e", {"a": 2.5}),
    ("%s", {"a": 1}), ("%r %r", ("a", "b")), ("%s\u00e9%s", ("x", "\u00e9")), ("%99999999999999999999d", 1),
    ("%.99999999999d", 1), ("%.2147483647d", 1), ("%.2147483645d", 1), ("%d %d", (1, 2, 3)), ("%*.*f", (10, 2, 3.14159)),
    ("%-+8.2f|", -0.0), ("% d", 5), ("% d", -5), ("%+d", 0), ("%+s", 5), ("%#s", 5), ("%+5s", "ab"), ("%c", "\u00e9"),
    ("%c", 0x10FFFF), ("%c", 0x110000), ("%d", float("inf")), ("%d", float("nan")), ("%x", -255), ("%#x", -255),
    ("%#5X", -255), ("%08.3f", -1.5), ("%-08.3f|", -1.5), ("%+08d", 42), ("% 8d", 42), ("%#.0f", 2.0), ("%#g", 2.0),
    ("%#x", 0), ("%#o", 0), ("%.0d", 0), ("%.3x", 255), ("%#.5X", 255), ("%F", float("inf")), ("%f", float("-inf")),
    ("%+f", float("nan")), ("%010f", float("inf")), ("%e", 0), ("%f", 2**1024), ("%s", 1.0),
    ("%s %s %s", (None, True, [1, "a"])), ("%r", (("a", 1),)), ("%(a)s", {"a": (1, 2)}), ("%s", ((1, 2),)),
    ("%x", "a"), ("%o", None), ("%.3s|%-6.2s|", ("abcdef", "xyz")), ("%3c|%-3c", ("a", 66)), ("%c", True),
    ("%\u00e9", 1), ("%\x01", 1), ("%-", 1), ("%.", 1), ("%5", 1), ("%*", (5,)), ("%.*", (5,)), ("%(", {}),
    ("%(a)", {}), ("%(a)-", {"a": 1}),
]


def percent_table(path):
    t = Table(path)
    for fmt, args in PERCENT_CASES:
        t.row("percent", esc(fmt), esc(repr(args)), outcome(lambda: fmt % args))
    pool = [0, 42, -42, 255, 2**70, -2**70, 3.7, -0.0, 1e300, float("inf"), float("nan"), "abc", "\u00e9", "x",
            True, None, [1], 65, 0x10FFFF, -1, 1.5e-7, 123456.789, -0.5, 2.5]
    for _ in range(2500):
        conv = rng.choice("sradiuoxXeEfFgGc")
        flags = "".join(rng.sample("-+ #0", rng.randint(0, 3)))
        width = rng.choice(["", "", "1", "5", "12", "*"])
        prec = rng.choice(["", "", ".0", ".1", ".3", ".10", ".*"])
        fmt = rng.choice(["", "<", "a "]) + "%" + flags + width + prec + conv + rng.choice(["", ">", " z"])
        args = [rng.choice(pool)]
        if prec == ".*":
            args.insert(0, rng.choice([-2, 0, 2, 7]))
        if width == "*":
            args.insert(0, rng.choice([-9, 0, 4, 10]))
        args = tuple(args)
        t.row("percent", esc(fmt), esc(repr(args)), outcome(lambda: fmt % args))
    t.close()
    return t.n


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "data", "format")
    os.makedirs(out, exist_ok=True)
    counts = {
        "spec.tsv": gen_spec(os.path.join(out, "spec.tsv")),
        "repr.tsv": gen_repr(os.path.join(out, "repr.tsv")),
        "round.tsv": gen_round(os.path.join(out, "round.tsv")),
        "parse.tsv": gen_parse(os.path.join(out, "parse.tsv")),
        "hash.tsv": gen_hash(os.path.join(out, "hash.tsv")),
        "fields.tsv": field_tables(os.path.join(out, "fields.tsv")),
        "percent.tsv": percent_table(os.path.join(out, "percent.tsv")),
    }
    for name, n in counts.items():
        print("%s: %d cases" % (name, n))


if __name__ == "__main__":
    main()
