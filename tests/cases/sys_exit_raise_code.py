def shutdown(code):
    print("shutting down with", code)
    raise SystemExit(code)


try:
    shutdown(7)
finally:
    print("finally runs before the exit")
