class Flag:
    def __bool__(self):
        raise RuntimeError("truth value unknown")


items = [1, 2, 3]
kept = {i: i for i in items if Flag()}
