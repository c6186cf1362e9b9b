import gc
gc.disable(); gc.collect()
class Res:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def inner(a, b=2):
    r = Res("inner")
    z = [a, b]
    def clo():
        return r
    raise KeyError("k")
def outer():
    try:
        inner(1)
    except KeyError as e:
        return e
err = outer()
tb = err.__traceback__
print(tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_next)
print(tb.tb_lineno, tb.tb_next.tb_lineno)
loc = tb.tb_next.tb_frame.f_locals
print(sorted(loc), loc["a"], loc["b"], loc["z"], type(loc["r"]).__name__)
print(tb.tb_next.tb_frame.f_locals is loc, tb.tb_frame.f_back is tb.tb_next.tb_frame.f_back)
print(tb.tb_next.tb_frame.f_back is tb.tb_frame, err.__traceback__ is tb)
del loc
print("dropping")
del tb
err = None
print("collected", gc.collect())
def again():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e.__traceback__
t = again()
print(t.tb_frame.f_code.co_name, t.tb_lineno, t.tb_next)
del t
print("end")
