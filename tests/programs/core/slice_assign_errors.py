# list_ass_subscript(): the slice's own errors first, then PySequence_Fast's message.
c = [1, 2, 3, 4]
for value in [5, None, 2.5]:
    try:
        c[0:1] = value
    except TypeError as e:
        print(e)
    try:
        c[::2] = value
    except TypeError as e:
        print(e)
try:
    c["a":2] = 5
except TypeError as e:
    print(e)
try:
    c[::2] = [1]
except ValueError as e:
    print(e)

class BadIter:
    def __iter__(self):
        raise TypeError("from __iter__")

try:
    c[0:1] = BadIter()
except TypeError as e:
    print(e)

def gen():
    yield "x"
    raise TypeError("from the generator")

try:
    c[0:1] = gen()
except TypeError as e:
    print(e)
c[1:3] = "ab"
c[::3] = (7, 8)
print(c)
