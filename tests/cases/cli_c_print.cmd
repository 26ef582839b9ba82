-c
print(1 + 2); print("hello from -c")
