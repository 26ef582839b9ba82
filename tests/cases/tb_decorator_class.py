def frozen(cls):
    raise TypeError(f"cannot freeze {cls.__name__}")


class Outer:
    @staticmethod
    def helper():
        return 1

    @frozen
    class Inner:
        pass
