for s in ["key=value", "key=value=more", "novalue", "=start", "end="]:
    print(repr(s), s.partition("="), s.rpartition("="))
print("a.b.c".partition("."), "a.b.c".rpartition("."))
print("http://x.org/path".partition("://"))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
