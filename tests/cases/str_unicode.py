s = "Grüße, 世界! 😀"
print(len(s), s.upper(), s.lower(), s[::-1], s.encode("utf-8"))
print([c for c in "añ😀"], [ord(c) for c in "añ😀"], "😀".isprintable(), "世".isalpha())
print("straße".upper(), "ΣΊΣΥΦΟΣ".lower(), "ﬁ".upper(), "Ǆ".title())
print("é" == "e\u0301", len("e\u0301"), "café".center(10, "·"), "日本".ljust(5, "*"))
print("a😀b".find("b"), "a😀b".index("😀"), "x😀" * 2, "😀" in "a😀")
print(sorted(["é", "e", "z", "ä", "a"]), max("abcé"), "ü".casefold(), "ß".casefold())
print(str(s.encode("utf-8"), "utf-8") == s, s.encode("utf-16-le")[:6])
