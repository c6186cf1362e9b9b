# Shutdown: a function in gc.callbacks keeps __main__'s dict alive past the end: nothing is finalized.
import gc
class D:
    def __del__(self):
        print("del D")
def cb(phase, info):
    print("cb", phase, info["generation"])
gc.callbacks.append(cb)
d = D()
print("end")
