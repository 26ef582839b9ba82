s = "  the quick  brown fox  "
print(s.split())
print(s.split(" "))
print(s.split(None, 1), s.split(maxsplit=2))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2))
print(s.rsplit(), s.rsplit(None, 1), "".split(), "".split(","))
print("a--b--c".split("--"), "abc".split("abc"), "x".split("y"))
print("-".join(["a", "b", "c"]), "".join("xyz"), ", ".join(str(i) for i in range(5)))
print("::".join([]), "+".join(["solo"]), " ".join(map(str, [1, 2.5, None])))
print("line1\nline2\r\nline3\rline4\n".splitlines())
print("line1\nline2\n".splitlines(keepends=True), "".splitlines(), "no newline".splitlines())
print("a\tb\tc".split("\t"), "1 2\t3\n4".split())
try:
    "a b".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    "-".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
