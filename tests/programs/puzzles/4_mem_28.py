import gc
gc.disable(); gc.collect()
import sys
import weakref


class Guard:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def inner():
    g = Guard("inner-local")
    raise KeyError("k")


def outer():
    g = Guard("outer-local")
    try:
        inner()
    except KeyError as exc:
        mine = exc
        names = []
        tb = exc.__traceback__
        while tb is not None:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print("tb chain", names)
    return "outer returned"


print(outer())
print("cycle pending")
print("collected", gc.collect())


def clean():
    g = Guard("clean-local")
    try:
        inner()
    except KeyError as exc:
        print("handled", repr(exc))
    print("exc var gone", "exc" not in locals())


clean()
print("no collect needed", gc.collect())
