# Argument errors of the time functions, with CPython's exact messages.
import time


def show(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print("ok", type(r).__name__)
    except Exception as e:
        print(type(e).__name__ + ":", e)


show(time.sleep)
show(time.sleep, 1, 2)
show(time.sleep, -1)
show(time.sleep, -0.5)
show(time.sleep, "1")
show(time.sleep, None)
show(time.sleep, float("nan"))
show(time.sleep, float("inf"))
show(time.sleep, 2**80)
show(time.sleep, secs=1)
show(time.time, 1)
show(time.monotonic, 1)
show(time.perf_counter_ns, 1)
show(time.gmtime, 1, 2)
show(time.gmtime, x=1)
show(time.gmtime, "x")
show(time.gmtime, float("nan"))
show(time.gmtime, 1e20)
show(time.gmtime, 2**70)
show(time.gmtime, 2**62)
show(time.localtime, 1, 2)
show(time.localtime, "x")
show(time.mktime)
show(time.mktime, 1)
show(time.mktime, (1, 2))
show(time.mktime, [2020, 1, 1, 0, 0, 0, 0, 1, 0])
show(time.mktime, (2**40, 1, 1, 0, 0, 0, 0, 1, 0))
show(time.mktime, (2020, 1, 1, 0, 0, 0.5, 0, 1, 0))
show(time.strftime)
show(time.strftime, 1)
show(time.strftime, "%Y", (1,))
show(time.strftime, "%Y", [2020, 1, 1, 0, 0, 0, 0, 1, 0])
show(time.strftime, "%Y", (2020, 1, 1, 0, 0, 0, 0, 1, 0), 3)
show(time.strftime, "%Y", t=1)
show(time.strftime, "a\0b")
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 24, 0, 0, 0, 1, 0),
            (2020, 1, 1, 0, 60, 0, 0, 1, 0), (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, -2, 1, 0),
            (2020, 1, 1, 0, 0, 0, 0, 367, 0), (2020, -1, 1, 0, 0, 0, 0, 1, 0), (2020, 1, -1, 0, 0, 0, 0, 1, 0)]:
    show(time.strftime, "%Y", bad)
    show(time.asctime, bad)
show(time.asctime, 1, 2)
show(time.asctime, None)
show(time.asctime, (1, 2))
show(time.asctime, x=1)
show(time.ctime, 1, 2)
show(time.ctime, "x")
show(time.ctime, x=1)
