class A:
    def __init__(self):
        print("A.__init__")
        self.trail = ["A"]

    def who(self):
        return "A"


class B(A):
    def __init__(self):
        print("B.__init__ start")
        super().__init__()
        self.trail.append("B")
        print("B.__init__ end")

    def who(self):
        return "B>" + super().who()


class C(B):
    def __init__(self):
        print("C.__init__ start")
        super().__init__()
        self.trail.append("C")

    def who(self):
        return "C>" + super().who()


c = C()
print(c.trail, c.who())
print(super(C, c).who(), super(B, c).who())


class Counter:
    def __init__(self):
        self.n = 0


class LoggingCounter(Counter):
    def __init__(self, label):
        super().__init__()
        self.label = label

    def __repr__(self):
        return f"{self.label}:{self.n}"


lc = LoggingCounter("x")
lc.n += 5
print(lc)


class NoInit(A):
    pass


print(NoInit().trail)
try:
    super()
except RuntimeError as e:
    print("RuntimeError:", e)
