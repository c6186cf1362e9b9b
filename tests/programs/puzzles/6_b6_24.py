class ValidationError(Exception):
    def __init__(self, field, problem):
        self.field = field
        self.problem = problem
        super().__init__(field, problem)

    def __str__(self):
        return f"[{self.field}] {self.problem}"

class RangeError(ValidationError):
    pass

class Batch(Exception):
    pass

def check(rec):
    if "age" not in rec:
        raise ValidationError("age", "required")
    try:
        age = int(rec["age"])
    except ValueError as exc:
        raise ValidationError("age", "not a number") from exc
    if not 0 <= age < 150:
        raise RangeError("age", f"{age} out of range")
    return age

errors = []
for rec in [{"age": "30"}, {}, {"age": "abc"}, {"age": "200"}]:
    try:
        print("ok", check(rec))
    except RangeError as e:
        errors.append(e)
        print("range:", e, e.args)
    except ValidationError as e:
        errors.append(e)
        print("invalid:", e, repr(e), e.__cause__ is not None)
try:
    raise Batch(f"{len(errors)} errors") from errors[-1]
except Batch as b:
    print(b, "<-", b.__cause__, "|", type(b.__cause__).__name__)
print([type(e).__name__ for e in errors])
e = ValidationError("x", "y")
print(e.args, str(e), len(e.args))
