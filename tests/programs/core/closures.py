# closures: cells, nonlocal, global, late binding, UnboundLocalError, __closure__ introspection
def make_counter(start=0):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    return increment

c1 = make_counter()
c2 = make_counter(10)
print(c1(), c1(), c2(5), c1(), c2())
print(c1.__name__, c1.__qualname__)
print(c1.__code__.co_freevars, len(c1.__closure__), c1.__closure__[0].cell_contents)
print(make_counter.__code__.co_cellvars, make_counter.__code__.co_freevars, make_counter.__closure__)

def make_pair():
    value = 0

    def get():
        return value

    def put(v):
        nonlocal value
        value = v

    return get, put

get, put = make_pair()
put(42)
print(get(), get.__closure__[0] is put.__closure__[0], get.__closure__[0].cell_contents)
get2, put2 = make_pair()
put2(7)
print(get(), get2())

def many():
    b = 2
    a = 1
    c = 3

    def use():
        return c + a + b

    return use

u = many()
print(u(), u.__code__.co_freevars, [cell.cell_contents for cell in u.__closure__])
print(many.__code__.co_cellvars)

def three_levels():
    x = "outer"

    def middle():
        def innermost():
            nonlocal x
            x = x + "+inner"
            return x
        return innermost

    f = middle()
    print(f(), f(), x)
    print(middle.__code__.co_freevars, f.__code__.co_freevars, f.__qualname__)

three_levels()

def sees_later_updates():
    n = 1
    f = lambda: n * 10
    n = 5
    return f()

print("later update:", sees_later_updates())

def broken():
    total = 0

    def add(x):
        total += x
        return total

    return add

try:
    broken()(1)
except UnboundLocalError as e:
    print(type(e).__name__ + ":", e)

def too_early():
    def read():
        return late
    try:
        read()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    cell = read.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print(type(e).__name__ + ":", e)
    late = "now bound"
    print(read(), cell.cell_contents)

too_early()

hits = 0

def hit():
    global hits
    hits += 1
    return hits

hit()
hit()
print("global hits", hits, hit())

funcs = []
for i in range(3):
    funcs.append(lambda: i)
print("late binding:", [f() for f in funcs], funcs[0].__code__.co_freevars)
fixed = [lambda i=i: i for i in range(3)]
print("default fix:", [f() for f in fixed], fixed[2].__defaults__)
comp = [lambda: i * 2 for i in range(3)]
print("comprehension cell:", [f() for f in comp], comp[0].__code__.co_freevars)
people = [("bob", 31), ("ada", 36), ("cy", 31)]
print(sorted(people, key=lambda p: (p[1], p[0])), sorted(people, key=lambda p: -p[1])[0])
square = lambda x: x * x
print(square.__name__, square(9), (lambda *a, **k: (a, k))(1, z=2))
