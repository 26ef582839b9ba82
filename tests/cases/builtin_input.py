name = input()
print("name:", repr(name))
age = int(input("Age? "))
print("age next year:", age + 1)
line = input()
print("numbers:", [int(x) for x in line.split()], "sum:", sum(int(x) for x in line.split()))
print("blank line:", repr(input()))
print("spaces kept:", repr(input()))
try:
    input("prompt at EOF: ")
except EOFError as e:
    print("EOFError:", repr(e))
