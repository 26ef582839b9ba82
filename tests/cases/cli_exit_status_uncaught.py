# An uncaught exception: traceback on stderr, exit status 1, stdout flushed first.
print("line one")
print("line two")
raise ValueError("something went wrong")
