# LEGB scope puzzles
x = "global"

def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()

def shadow():
    print_ = x
    return print_

def use_global():
    global x
    x = "modified"

print("outer():", outer())
print("shadow():", shadow())
use_global()
print("after global assign:", x)

def unbound():
    try:
        print(y_val)
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
    y_val = 1

print("unbound():", unbound())
print("local names:", unbound.__code__.co_varnames)
squares = [n * n for n in range(3)]
try:
    n
except NameError:
    print("comprehension var does not leak")
for k in range(3):
    pass
print("for loop var leaks:", k)
