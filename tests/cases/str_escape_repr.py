samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash",
           "\x00\x07\x1b", "é ü ß", "€", "😀", "\u200b", "\x7f", "\r", "\u00a0"]
for s in samples:
    print(repr(s), ascii(s), len(s))
print("a\
b")
print(r"raw\nstring", len(r"\n"), "\101\x42\u0043\N{LATIN SMALL LETTER D}")
print("""triple
quoted""", '''single
triple''')
print("implicit" " concat" ' works')
print(str(42), str(1.5), str([1, "a"]), str(("x",)), str({"k": 'v'}), repr("x"))
