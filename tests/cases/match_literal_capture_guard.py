def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "complex"
        case "hello":
            return "greeting"
        case b"raw":
            return "bytes"
        case "a" "b":
            return "concatenated"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case str() as s if len(s) > 10:
            return "long string"
        case _:
            return "other"
for v in [0, 1, 3, -1, 1.5, 2j, "hello", b"raw", "ab", None, True, False, "a" * 11, 99, 0.0, 1.0, [], (), {}]:
    print(repr(v), describe(v))
# capture and wildcard
match 42:
    case x:
        print("captured", x)
match (1, 2):
    case _:
        print("wildcard matched")
# value patterns
class Color:
    RED = "red"
    GREEN = "green"
import sys
def color(c):
    match c:
        case Color.RED:
            return "is red"
        case Color.GREEN:
            return "is green"
        case sys.maxsize:
            return "maxsize"
    return "no color"
print(color("red"), color("green"), color("blue"), color(sys.maxsize))
# guards
def guard(p):
    match p:
        case (x, y) if x == y:
            return f"diagonal {x}"
        case (x, y) if x > y:
            return "below"
        case (x, _):
            return f"first {x}"
print(guard((1, 1)), guard((3, 1)), guard((1, 3)), guard([2, 2]), guard("ab"), guard((1, 2, 3)))
# guard sees bindings even when it fails
match 5:
    case n if n > 10:
        pass
    case m:
        print("n bound too:", n, m)
# as patterns
match [1, [2, 3]]:
    case [a, [b, c] as inner] as whole:
        print(a, b, c, inner, whole)
match 3:
    case (1 | 2 | 3) as num:
        print("num", num)
# or pattern binding same names
def orp(v):
    match v:
        case [x, 1] | [1, x]:
            return f"x={x}"
        case {"k": x} | [x]:
            return f"alt x={x}"
    return "none"
print(orp([5, 1]), orp([1, 7]), orp({"k": 9}), orp([4]), orp([2, 2]))
