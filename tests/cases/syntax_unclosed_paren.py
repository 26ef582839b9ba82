values = [1, 2, 3]
print("start")
total = sum((v * 2 for v in values)
print(total)
