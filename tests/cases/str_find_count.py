s = "the cat sat on the mat with the hat"
print(s.find("the"), s.find("the", 1), s.find("dog"), s.rfind("the"), s.rfind("the", 0, 20))
print(s.index("cat"), s.rindex("at"), s.count("the"), s.count("at"), s.count(""), "aaa".count("aa"))
print(s.find("at", 5, 10), s.count("t", 10), s.find(""), s.rfind(""))
print(s.startswith("the"), s.startswith("cat", 4), s.startswith(("dog", "the")), s.endswith("hat"))
print(s.endswith(("cat", "mat"), 0, 22), s.startswith(""), "".endswith(""))
print("cat" in s, "dog" in s, "" in s, "the cat" not in s)
try:
    s.index("dog")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("dog")
except ValueError as e:
    print("ValueError:", e)
try:
    s.startswith(["the"])
except TypeError as e:
    print("TypeError:", e)
try:
    3 in s
except TypeError as e:
    print("TypeError:", e)
