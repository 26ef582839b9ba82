class Calculator:
    def __init__(self):
        self.ops = {"div": lambda a, b: a / b, "neg": lambda a: -a}

    def apply(self, name, *args):
        return self.ops[name](*args)


calc = Calculator()
print(calc.apply("div", 10, 4))
print(calc.apply("neg", 3))
print(calc.apply("div", 1, 0))
