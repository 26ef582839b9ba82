# The tokenizer rejects a letter straight after a number ("invalid decimal literal"), with the
# caret on the last digit and `text` the line without its newline.
sources = ["x = 3D", "x = 1.5x", "x = 1jx", "x = 1ex", "x = 1e", "x = 0x1g", "x = 1_a", "y = [1, 2x]"]
for src in sources:
    try:
        compile(src + "\n", "<literal>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(f"{e.msg} | {e.offset} {e.end_offset} | {e.text!r}")
