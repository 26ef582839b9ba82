# LoadGlobal caches must notice changes to globals and builtins made while a loop runs.
import builtins

LIMIT = 3


def use_len(items):
    return len(items)


def loop():
    out = []
    global LIMIT
    for i in range(6):
        out.append((LIMIT, use_len([1, 2])))
        if i == 1:
            LIMIT = 10
        if i == 2:
            builtins.len = lambda x: "patched len"
        if i == 3:
            globals()["len"] = lambda x: "global len"
        if i == 4:
            del globals()["len"]
            del builtins.len
    return out


orig_len = len
try:
    print(loop())
except NameError as e:
    print("NameError:", e)
builtins.len = orig_len
print(len([1, 2, 3]))
