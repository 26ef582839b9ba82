class M(dict):
    def get(self, k, d=None):
        raise RuntimeError("get failed")
match M(a=1):
    case {"a": 1}:
        pass
