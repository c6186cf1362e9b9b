class Resource(Exception):
    pass

class NotFound(Resource):
    def __init__(self, name):
        super().__init__(f"resource {name!r} not found")
        self.name = name

class Denied(Resource):
    pass

def fetch(store, name, user):
    if name not in store:
        raise NotFound(name)
    owner, data = store[name]
    if owner != user:
        raise Denied(f"{user} cannot read {name}")
    return data

store = {"a": ("ann", 1), "b": ("bob", 2)}

def safe(name, user):
    try:
        return fetch(store, name, user)
    except NotFound as e:
        raise LookupError(f"lookup failed for {e.name}") from e
    except Resource as e:
        return f"denied: {e}"
    finally:
        print(f"  done {name}/{user}")

for n, u in [("a", "ann"), ("b", "ann"), ("c", "ann")]:
    try:
        print(safe(n, u))
    except LookupError as e:
        print("LookupError:", e, "| cause:", e.__cause__, "|", isinstance(e.__cause__, Resource))

try:
    try:
        raise Denied("inner")
    except Denied as d:
        raise ValueError("outer") from d
except ValueError as v:
    c = v.__cause__
    print(v, c, c.__cause__, c.__context__, v.__context__ is c)
print(isinstance(NotFound("x"), (Denied, Resource)), NotFound("q").args)
