samples = ["123", "12.3", "abc", "ABC", "Abc", "abc123", "", " ", "\t\n", "Hello World",
           "hello world", "٣", "½", "²", "_id", "id2", "2id", "class", "ÄÖü"]
for s in samples:
    flags = [s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(),
             s.isupper(), s.islower(), s.isspace(), s.istitle(), s.isidentifier(),
             s.isascii(), s.isprintable()]
    print(repr(s).ljust(15), "".join("1" if f else "0" for f in flags))
