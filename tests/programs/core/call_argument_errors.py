# initialize_locals() and CALL_FUNCTION_EX messages, word for word.
def pos(a, b, /, c):
    return a, b, c

def g(a, *, k=0, j=1):
    return a, k, j

def h(a, b=2, c=3, *, k=0):
    return a, b, c, k

def f(*args, **kwargs):
    return args, kwargs

def one(a):
    return a

attempts = [
    lambda: pos(a=1, b=2, c=3),
    lambda: pos(1, b=2, c=3),
    lambda: pos(1, 2, c=3, a=4),
    lambda: pos(1, 2, 3, zz=4),
    lambda: pos(1, 2, zz=4, b=5),
    lambda: g(1, 2),
    lambda: g(1, 2, k=3),
    lambda: g(1, 2, 3, k=3, j=4),
    lambda: h(1, 2, 3, 4, k=5),
    lambda: h(1, 2, 3, 4, 5),
    lambda: one(1, 2),
    lambda: one(),
    lambda: f(*5),
    lambda: f(*None),
    lambda: f(1, *5),
    lambda: print(*7),
    lambda: len(*3.5),
    lambda: [*5],
    lambda: (1, *5),
    lambda: f(**5),
    lambda: one(*[1, 2]),
    lambda: f(*"ab", *(1,)),
    lambda: f(*range(3), k=1),
]
for i, attempt in enumerate(attempts):
    try:
        print(i, attempt())
    except TypeError as e:
        print(i, "TypeError:", e)

class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError(i)

class BadIter:
    def __iter__(self):
        raise TypeError("my own message")

print(f(*Seq()))
for thing in [BadIter(), 4]:
    try:
        f(*thing)
    except TypeError as e:
        print("TypeError:", e)
    try:
        f(0, *thing)
    except TypeError as e:
        print("TypeError:", e)
