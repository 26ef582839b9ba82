def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"


for n in [-5, 0, 3, 42, 1000]:
    print(n, classify(n))
x = 7
if x:
    print("truthy")
if not []:
    print("empty list is falsy")
if x > 5 and x < 10 or x == 100:
    print("in range")
if None:
    print("never")
else:
    print("None is falsy")
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in (95, 85, 75, 10)])
print("yes" if "" else "no", "yes" if "x" else "no")
value = 0
result = value or "default"
print(result, value and "unreached")
if (n := len("walrus")) > 3:
    print("walrus length", n)
