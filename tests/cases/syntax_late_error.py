def ok():
    return 1


class C:
    def method(self):
        return [x for x in range(3)

    def other(self):
        pass
