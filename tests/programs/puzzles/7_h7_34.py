import gc; gc.disable(); gc.collect()
import weakref

class Res:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("Res", self.n, "released")

errors = []
def risky(r):
    if r.n % 2:
        raise RuntimeError(f"odd {r.n}")
    return r.n

for i in range(4):
    r = Res(i)
    try:
        print("ok", risky(r))
    except RuntimeError as e:
        print("caught", e)
        errors.append(e)
    del r
    print("end iteration", i)

print("errors:", [str(e) for e in errors])
print("frames hold Res:", [type(e.__traceback__.tb_next.tb_frame.f_locals["r"]).__name__ for e in errors])
errors.pop(0)
print("popped first")
for e in errors:
    e.__traceback__ = None
print("tracebacks cleared")
del e
print("deleted loop var e")
print("collect:", gc.collect())
