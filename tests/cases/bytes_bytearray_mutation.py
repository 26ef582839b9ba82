# bytearray mutation: item/slice assignment, deletion, in-place operators and list-like methods.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

ba = bytearray(b"hello")
ba[0] = 74
ba[-1] = ord("O")
print(ba, len(ba))
ba[1:3] = b"EE"
print(ba)
ba[1:3] = b""
print(ba)
ba[0:0] = [1, 2, 3]
print(ba)
ba[::2] = b"xyz"
print(ba)
del ba[0]
print(ba)
del ba[::2]
print(ba)
del ba[:]
print(ba, len(ba))
ba += b"abc"
ba += bytearray(b"d")
print(ba)
ba *= 2
print(ba)
alias = ba
ba += b"!"
print(alias is ba, alias)
ba.append(33)
ba.extend(b"xy")
ba.extend([65, 66])
ba.extend(x for x in b"CD")
ba.insert(0, 35)
ba.insert(-1, 36)
ba.insert(100, 37)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord("a"))
ba.reverse()
print(ba)
c = ba.copy()
c.clear()
print(c, ba == ba.copy(), ba.copy() is ba)
b = bytearray(b"abcd")
b[1:3] = b
print(b)
attempt("set type", lambda: b.__setitem__(0, "x"))
attempt("set range", lambda: b.__setitem__(0, 256))
attempt("set index", lambda: b.__setitem__(10, 1))
attempt("set key", lambda: b.__setitem__("k", 1))
attempt("set ext slice size", lambda: b.__setitem__(slice(None, None, 2), b"x"))
attempt("set slice int", lambda: b.__setitem__(slice(0, 2), 5))
attempt("set slice str", lambda: b.__setitem__(slice(0, 2), "ab"))
attempt("set slice range", lambda: b.__setitem__(slice(0, 2), [1, 300]))
attempt("del index", lambda: b.__delitem__(10))
attempt("del key", lambda: b.__delitem__("k"))
attempt("append range", lambda: b.append(256))
attempt("append str", lambda: b.append("a"))
attempt("extend int", lambda: b.extend(5))
attempt("extend str", lambda: b.extend("ab"))
attempt("extend range", lambda: b.extend([1, 300]))
attempt("pop empty", lambda: bytearray().pop())
attempt("pop range", lambda: bytearray(b"a").pop(5))
attempt("remove missing", lambda: bytearray(b"a").remove(98))
attempt("remove bytes", lambda: bytearray(b"a").remove(b"a"))
attempt("insert range", lambda: bytearray(b"a").insert(0, 300))
attempt("insert args", lambda: bytearray(b"a").insert(0))
def iadd_str():
    x = bytearray(b"a")
    x += "b"
    return x
attempt("iadd str", iadd_str)
attempt("hash", lambda: hash(bytearray()))
class Buf(bytearray):
    pass
bb = Buf(b"sub")
bb.append(33)
print(repr(bb), type(bb).__name__, type(bb + b"x").__name__, bb.upper())
class Raw(bytes):
    pass
r = Raw(b"raw")
print(repr(r), type(r).__name__, r[0], type(r[:1]).__name__, r == b"raw", hash(r) == hash(b"raw"))
