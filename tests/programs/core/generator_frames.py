# gi_frame: the parked frame of a created or suspended generator, the live one while it runs, None once closed
def g(a):
    x = a + 1
    yield x
    y = x * 2
    yield y
it = g(1)
f = it.gi_frame
print(f.f_lineno, f.f_code.co_name, f.f_locals, f.f_back)
next(it)
print(it.gi_frame.f_lineno, it.gi_frame.f_locals)
next(it)
print(it.gi_frame.f_lineno, sorted(it.gi_frame.f_locals))
list(it)
print(it.gi_frame)
def me():
    yield gen.gi_frame.f_lineno, gen.gi_frame.f_back is not None
gen = me()
print(next(gen))
