# An except clause's exception: held by its name and the handled-exception state only; a named handler's name is unbound when an exception leaves it.
import sys
def nested():
    try:
        raise ValueError("outer")
    except ValueError as outer:
        try:
            raise KeyError("inner")
        except KeyError as inner:
            return sys.getrefcount(outer), sys.getrefcount(inner)
print(nested())
def ret_in_handler():
    try:
        raise ValueError(1)
    except ValueError as e:
        keep = e
        return keep
k = ret_in_handler()
print(sys.getrefcount(k))
def reraise():
    try:
        try:
            raise ValueError(2)
        except ValueError as e:
            print("in", sys.getrefcount(e))
            raise
    except ValueError as f:
        return sys.getrefcount(f)
print(reraise())
for i in range(2):
    try:
        raise ValueError(i)
    except ValueError as e:
        print(sys.getrefcount(e))
        if i == 0:
            continue
        break
def fin():
    try:
        raise ValueError(3)
    finally:
        pass
try:
    fin()
except ValueError as e:
    print("fin", sys.getrefcount(e))
class Boom:
    def __del__(self):
        print("boom del")
def holds():
    b = Boom()
    try:
        raise ValueError(b)
    except ValueError as e:
        print("caught", sys.getrefcount(b))
    print("after")
holds()
print("end")
