match {"a": 1}:
    case {"a": 1, **rest, "b": 2}:
        pass
