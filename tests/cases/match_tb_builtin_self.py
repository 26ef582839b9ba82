match 3:
    case [1, 2] | {"a": 1} | str():
        pass
    case int(1, 2):
        pass
