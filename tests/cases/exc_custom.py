class AppError(Exception):
    """Base error of the app."""


class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class HttpError(AppError):
    def __init__(self, status, reason="Unknown"):
        self.status = status
        self.reason = reason

    def __str__(self):
        return f"HTTP {self.status} {self.reason}"


class Silent(Exception):
    pass


for exc in (ValidationError("age", "must be positive"), HttpError(404, "Not Found"), HttpError(500), Silent(), Silent("x", 1)):
    try:
        raise exc
    except AppError as e:
        print("AppError:", type(e).__name__, str(e), e.args, repr(e))
    except Exception as e:
        print("Other:", type(e).__name__, str(e), repr(e), e.args)
try:
    raise ValidationError("name", "required")
except ValidationError as e:
    print(e.field, e.message, isinstance(e, AppError), AppError.__doc__)
print(ValidationError.__mro__)


class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr<custom>"


print(repr(WithRepr("a")), str(WithRepr("a")))
try:
    raise Silent
except Silent as e:
    print("raised class:", repr(e))
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
try:
    class NotExc:
        pass
    raise NotExc()
except TypeError as e:
    print("TypeError:", e)
