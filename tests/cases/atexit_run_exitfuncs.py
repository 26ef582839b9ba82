# atexit._run_exitfuncs() runs (and forgets) the registered functions now; _clear forgets them.
# (_ncallbacks counts registrations when nothing was unregistered.)
import atexit

atexit.register(print, "one")
atexit.register(print, "two")
atexit._run_exitfuncs()
print(atexit._ncallbacks())
atexit.register(print, "cleared")
atexit._clear()
print(atexit._ncallbacks())
atexit.register(print, "at exit")
print("end of script")
