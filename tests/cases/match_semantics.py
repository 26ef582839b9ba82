class Loud:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        print("Loud.__eq__", self.v, other)
        return self.v == other
class Target:
    def __eq__(self, other):
        print("Target.__eq__")
        return NotImplemented
match Loud(2):
    case 1:
        print("one")
    case 2:
        print("two")
match 1:
    case Target.__class__:
        pass
    case _:
        print("fallthrough")
def subject():
    print("subject evaluated")
    return [1, 2]
match subject():
    case [1]:
        pass
    case [1, 2, 3]:
        pass
    case [_, _]:
        print("third case")
for cmd in ["go north", "look", "quit", "drop sword shield", "go"]:
    match cmd.split():
        case ["go", direction]:
            print("going", direction)
        case ["look"]:
            print("looking")
        case ["quit"]:
            print("bye")
            break
        case ["drop", *objects]:
            print("dropping", objects)
        case _:
            print("unknown", cmd)
def find(items):
    for it in items:
        match it:
            case {"id": int(i)} if i > 1:
                return i
            case {"id": _}:
                continue
    return None
print(find([{"id": 1}, {"id": "x"}, {"id": 5}]), find([]))
match {"a": None, "b": False}:
    case {"a": None, "b": False as bf}:
        print("singletons", bf)
match 0:
    case False:
        print("0 is False?")
    case 0:
        print("0 is not False by identity")
match 1.0:
    case 1:
        print("1.0 == 1")
match -0.0:
    case 0:
        print("negative zero")
match (1, "a"):
    case (int() | float() as n, str() as s):
        print("types", n, s)
match {"x": {"y": [1, {"z": 2}]}}:
    case {"x": {"y": [_, {"z": z}]}}:
        print("deep", z)
def gen():
    yield 1
match gen():
    case [x]:
        print("generator matched?")
    case _:
        print("generator is not a sequence")
x = 10
match 5:
    case x:
        pass
print("x rebound", x)
match 5:
    case _ if False:
        print("never")
    case _:
        print("last wildcard")
match "x":
    case "y":
        print("no")
print("no case matched is fine")
