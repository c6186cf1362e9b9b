def unbound():
    try:
        print(y_val)
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
    y_val = 1
print(unbound(), unbound.__code__.co_varnames)
def f(a, b=2):
    total = 0
    for i in range(a):
        total += i
    try:
        x = 1 / 0
    except ZeroDivisionError as err:
        msg = str(err)
    finally:
        done = True
    w = [k for k in range(3)]

    return [1]
print(list(f(3)), f.__code__.co_varnames, f.__code__.co_nlocals)
def g():
    z = 1
    def h():
        return z
    q = h()
    return q
print(g.__code__.co_varnames, g.__code__.co_cellvars)
def k(n):
    while n > 0:
        if n % 2:
            odd = n
        else:
            even = n
        n -= 1
    del odd
    return [1]
print(k(4))
