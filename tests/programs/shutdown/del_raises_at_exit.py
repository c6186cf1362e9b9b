# Shutdown: a __del__ that raises at teardown: the traceback has no source lines (sys.modules is gone).
class Bad:
    def __del__(self):
        raise RuntimeError("in del")
b = Bad()
print("ok")
