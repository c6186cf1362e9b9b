# An unraisable exception (a __del__, an atexit callback) is printed without its chain, also while the program runs.
class Bad:
    def __del__(self):
        try:
            raise KeyError(1)
        except KeyError as e:
            raise ValueError("wrapped") from e
x = Bad()
del x
def cb():
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("ctx")
import atexit
atexit.register(cb)
print("end")
