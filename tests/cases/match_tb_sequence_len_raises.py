class L(list):
    def __len__(self):
        raise OSError("no len")
match L([1]):
    case [a]:
        pass
