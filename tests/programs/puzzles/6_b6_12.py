def make_counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    def get():
        return count
    return inc, reset, get

inc, reset, get = make_counter(10, 5)
print(inc(), inc(), get())
reset()
print(get(), inc())

inc2, _, get2 = make_counter()
inc2()
print(get(), get2())

def make_adders():
    fs = []
    for i in range(3):
        fs.append(lambda x, i=i: x + i)
    late = [lambda x: x + i for i in range(3)]
    return fs, late

fs, late = make_adders()
print([f(10) for f in fs], [f(10) for f in late])

def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = x + "!"
            return x
        return inner
    f = middle()
    f(); f()
    return x, f.__code__.co_freevars
print(outer())
print(inc.__closure__ is not None, len(inc.__code__.co_freevars))
print(sorted(inc.__code__.co_freevars))
