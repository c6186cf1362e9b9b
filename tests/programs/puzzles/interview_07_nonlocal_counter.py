# Closures with nonlocal and cell contents
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c1 = make_counter()
c2 = make_counter()
print("c1:", c1(), c1(), c1())
print("c2:", c2())
print("free vars:", c1.__code__.co_freevars)
print("cell value:", c1.__closure__[0].cell_contents)

def broken():
    x = 1
    def inner():
        try:
            x += 1
        except UnboundLocalError as e:
            return "UnboundLocalError: " + str(e)
        return x
    return inner()

print(broken())
