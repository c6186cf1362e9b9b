def permission(*required, mode="all"):
    def deco(fn):
        def wrapper(user, *args):
            have = set(user.get("perms", ()))
            need = set(required)
            ok = need <= have if mode == "all" else bool(need & have)
            if not ok:
                missing = sorted(need - have)
                raise PermissionError(f"{user['name']} lacks {missing} for {fn.__name__}")
            return fn(user, *args)
        wrapper.required = tuple(sorted(required))
        return wrapper
    return deco

@permission("read", "write")
def edit(user, doc):
    return f"{user['name']} edited {doc}"

@permission("admin", "owner", mode="any")
def delete(user, doc):
    return f"{user['name']} deleted {doc}"

users = [
    {"name": "ann", "perms": ["read", "write", "owner"]},
    {"name": "bob", "perms": ["read"]},
    {"name": "cy"},
]
for u in users:
    for action in (edit, delete):
        try:
            print(action(u, "doc1"))
        except PermissionError as e:
            print("PermissionError:", e)
print(edit.required, delete.required)
print(issubclass(PermissionError, OSError), PermissionError.__mro__[1].__name__)
