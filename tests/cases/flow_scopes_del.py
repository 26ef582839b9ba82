x = "global"


def read():
    return x


def shadow():
    x = "local"
    return x, read()


print(shadow(), x)


def class_scope():
    y = "function"

    class Inner:
        y = "class"
        seen = y

        def method(self):
            return y

    return Inner.seen, Inner().method()


print(class_scope())
for loop_var in range(3):
    pass
print("loop variable survives:", loop_var)
try:
    raise ValueError("v")
except ValueError as err:
    saved = err
try:
    err
except NameError as e:
    print("NameError:", e)
print("saved:", repr(saved))
items = {"a": 1, "b": 2}
del items["a"]
del saved
print(items, "saved" in globals())


def delete_local():
    z = 1
    del z
    try:
        return z
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"


print(delete_local())
