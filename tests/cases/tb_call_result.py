def make_handler(kind):
    if kind == "upper":
        return str.upper
    return None


x = "hello"
print(make_handler("upper")(x))
print(make_handler("lower")(x))
