import os
open("f.txt","w").close()
os.utime("f.txt", (100, 200.75))
st = os.stat("f.txt"); print(st.st_atime, st.st_mtime, st.st_mtime_ns)
os.utime("f.txt", ns=(5, 3_000_000_001))
st = os.stat("f.txt"); print(st.st_atime_ns, st.st_mtime_ns)
for bad in [dict(times=(1,)), dict(ns=(1.0, 2)), dict(times=(1,2), ns=(1,2))]:
    try: os.utime("f.txt", **bad)
    except Exception as e: print(type(e).__name__, e)
try: os.utime("nope.txt", (1, 2))
except OSError as e: print(type(e).__name__, e)
os.utime("f.txt"); os.utime("f.txt", None)
os.remove("f.txt")
