# `__exit__` receives the built-in exception class itself (so `is`, `==` and dict
# lookups by class work), `e.__class__` is that class too, and the last traceback line
# names a nested or local exception class by its qualname.
class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        print(et is KeyError, et is type(ev), {KeyError: "key"}.get(et), ev.__class__ is KeyError)
        return et is KeyError


with Ctx():
    raise KeyError("k")
print("suppressed")


class Outer:
    class Inner(Exception):
        pass


def make():
    class LocalErr(Exception):
        pass

    return LocalErr


try:
    raise make()("x")
except Exception as e:
    print(type(e).__qualname__)
raise Outer.Inner("nested")
