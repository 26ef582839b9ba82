import sys


def hook(exc_type, exc, tb):
    # runpy's frames are real traceback entries: line, function, file and module of each.
    print(exc_type.__name__, exc, file=sys.stderr)
    while tb is not None:
        frame = tb.tb_frame
        code = frame.f_code
        print(tb.tb_lineno, code.co_name, code.co_filename, frame.f_globals["__name__"], file=sys.stderr)
        tb = tb.tb_next


def fail():
    raise OSError("walked")


sys.excepthook = hook
fail()
