class Countdown:
    def __init__(self, n):
        self.n = n

    def __bool__(self):
        self.n -= 1
        if self.n < 0:
            raise RuntimeError("countdown exhausted")
        return True


c = Countdown(2)
while c:
    print("tick", c.n)
