def scale(value, factor):
    return value * factor + 1


print(scale(3, 4))
result = scale(2, 3) + scale(None, 2)
print(result)
