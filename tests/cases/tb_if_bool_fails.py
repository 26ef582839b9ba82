# The jump of a condition that is not a comparison has the statement's location:
# the traceback shows the `if` line without carets.
class Flag:
    def __bool__(self):
        raise RuntimeError("truth value unknown")


flag = Flag()
if flag:
    print("unreachable")
