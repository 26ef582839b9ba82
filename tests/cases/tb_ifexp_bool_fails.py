class Flag:
    def __bool__(self):
        raise RuntimeError("truth value unknown")


label = "yes" if Flag() else "no"
