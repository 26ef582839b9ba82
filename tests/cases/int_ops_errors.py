cases = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: 1 - None,
    lambda: [1] * "2",
    lambda: 5 // "x",
    lambda: -"x",
    lambda: ~1.5,
    lambda: 2 ** "3",
    lambda: 1 < [],
    lambda: 10 ** 400 * 1.0,
]
for i, f in enumerate(cases):
    try:
        print(i, f())
    except (TypeError, OverflowError) as e:
        print(i, type(e).__name__ + ":", e)
