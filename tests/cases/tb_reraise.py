def risky(n):
    return 10 // n


def wrapper(n):
    try:
        return risky(n)
    except ZeroDivisionError:
        print("logging the error, then re-raising")
        raise


print(wrapper(5))
wrapper(0)
