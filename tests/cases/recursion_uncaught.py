def walk(node):
    return walk(node + 1)


print("starting")
walk(0)
