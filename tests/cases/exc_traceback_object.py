def fail():
    raise ValueError("from fail")


try:
    fail()
except ValueError as e:
    tb = e.__traceback__
    frames = []
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(frames)
    print(type(e.__traceback__).__name__)
e = ValueError("fresh")
print(e.__traceback__)
try:
    raise e
except ValueError:
    pass
print(e.__traceback__ is not None, e.__traceback__.tb_lineno)
stripped = e.with_traceback(None)
print(stripped is e, e.__traceback__)
try:
    raise KeyError("k").with_traceback(None)
except KeyError as k:
    print("with_traceback in raise:", repr(k), k.__traceback__.tb_lineno)
