print("computing")
x = 1 + None
print("unreachable", x)
