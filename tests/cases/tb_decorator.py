def require_positive(func):
    def wrapper(n):
        if n <= 0:
            raise ValueError(f"{func.__name__} needs a positive number, got {n}")
        return func(n)

    return wrapper


@require_positive
def sqrt_floor(n):
    return int(n ** 0.5)


print(sqrt_floor(17))
print(sqrt_floor(-4))
