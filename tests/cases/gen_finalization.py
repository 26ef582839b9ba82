def resource():
    print("  open")
    try:
        yield 1
        yield 2
    finally:
        print("  close")


g = resource()
print(next(g))
del g
print("after del")
for v in resource():
    print("value", v)
    break
print("after break")


def gen_with_exit():
    try:
        yield "a"
    except GeneratorExit:
        print("  GeneratorExit seen")
        raise


g = gen_with_exit()
next(g)
g = None
print("after rebinding")
print(list(resource()))
