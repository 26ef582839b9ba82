def cleanup():
    raise RuntimeError("cleanup failed")


def work():
    try:
        raise ValueError("work failed")
    finally:
        cleanup()


work()
