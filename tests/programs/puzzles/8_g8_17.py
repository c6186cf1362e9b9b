# Custom exception hierarchy
class AppError(Exception):
    """Base for application errors."""
class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(field, message)
        self.field = field
        self.message = message
    def __str__(self):
        return f"{self.field}: {self.message}"
class NotFound(AppError):
    pass
class PermissionDenied(AppError):
    def __init__(self, user, action="access"):
        super().__init__(f"{user} may not {action}")
        self.user = user
def handle(exc):
    try:
        raise exc
    except ValidationError as e:
        return f"validation[{e.field}] str={e} args={e.args}"
    except NotFound as e:
        return f"not found repr={e!r} args={e.args}"
    except AppError as e:
        return f"app error {type(e).__name__}: {e}"
    except Exception as e:
        return f"other {e!r}"
cases = [
    ValidationError("age", "must be positive"),
    NotFound("user", 42),
    NotFound(),
    PermissionDenied("bob", "delete"),
    PermissionDenied("eve"),
    KeyError("missing"),
    ZeroDivisionError("division by zero"),
]
for c in cases:
    print(handle(c))
print("MRO:", [k.__name__ for k in ValidationError.__mro__])
print("is AppError an Exception:", issubclass(AppError, Exception))
print("KeyError bases:", [k.__name__ for k in KeyError.__mro__])
e = NotFound("x")
print("str single arg:", str(e), "| empty:", repr(str(NotFound())))
print("repr multiple:", repr(NotFound(1, "two", [3])))
print("KeyError str quirk:", str(KeyError("k")), "vs", str(ValueError("k")))
try:
    try:
        {}["nope"]
    except LookupError as e:
        print("caught via LookupError:", type(e).__name__, e)
        raise
except KeyError as e:
    print("re-raised:", repr(e))
errors = []
for value in ["10", "x", "0", None]:
    try:
        result = 100 // int(value)
    except (ValueError, TypeError) as e:
        errors.append(type(e).__name__)
    except ZeroDivisionError as e:
        errors.append(str(e))
    else:
        errors.append(result)
print("collected:", errors)
