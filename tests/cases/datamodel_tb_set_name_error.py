class D:
    def __set_name__(self, o, n):
        raise ValueError("boom")
class C:
    d = D()
