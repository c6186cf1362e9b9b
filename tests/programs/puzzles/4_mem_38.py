import gc
gc.disable(); gc.collect()
import weakref


class Ctx:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def low():
    c = Ctx("low")
    raise OSError("low fail")


def mid():
    c = Ctx("mid")
    try:
        low()
    except OSError as e:
        raise ValueError("mid fail") from e


def top():
    c = Ctx("top")
    try:
        mid()
    except ValueError:
        raise RuntimeError("top fail")


try:
    top()
except RuntimeError as err:
    keep = err
print("kept", keep, "| context", keep.__context__, "| cause", keep.__context__.__cause__)
print("suppress", keep.__suppress_context__, keep.__context__.__suppress_context__)
keep.__context__.__cause__ = None
print("cut cause")
keep.__context__.__context__ = None
print("cut context of mid")
keep.__context__ = None
print("cut context")
keep = None
print("end", gc.collect())
