# Deeply nested source given to compile()/eval() at run time: an error, never a crash.
# Over 200 levels of brackets the tokenizer reports a SyntaxError; other deep shapes
# give SyntaxError, RecursionError or MemoryError depending on where a limit trips,
# so only "an error was raised" is printed for those.
for name, src in [("parens", "(" * 1000 + "1" + ")" * 1000), ("lists", "[" * 1000 + "]" * 1000)]:
    try:
        compile(src, "<deep>", "eval")
        print(name, "-> compiled")
    except SyntaxError as e:
        print(name, "->", type(e).__name__ + ":", e.msg, e.lineno)
deep_shapes = {
    "unary": "-" * 100000 + "1",
    "binary chain": "1" + " + 1" * 100000,
    "attribute chain": "x" + ".a" * 100000,
    "calls": "f" + "()" * 100000,
}
for name, src in deep_shapes.items():
    try:
        compile(src, "<deep>", "eval")
        print(name, "-> compiled")
    except (SyntaxError, RecursionError, MemoryError):
        print(name, "-> raised an error")
print("ok:", eval("(" * 50 + "7" + ")" * 50))
print("ok:", eval("-" * 50 + "7"), eval("1" + " + 1" * 50))
