try:
    count += 1
except NameError:
    count = 0
x = "one"
old_only = "stays"
def f():
    return "f1"
