class BrokenError(Exception):
    def __str__(self):
        raise TypeError("cannot render")


raise BrokenError("message")
