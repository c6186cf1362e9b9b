# An uncaught NameError's last line suggests the closest name: the innermost frame's
# locals first, then the module's globals, then the builtins (Python/suggestions.c).
count = 1
Count = 2
value = 3


def total(numbers, lenght):
    subtotal = 0
    for n in numbers:
        subtotal += n
    try:
        return subtotl
    except NameError as e:
        print("caught:", e, "| name:", e.name)
    try:
        return lenth
    except NameError as e:
        print("caught:", e)
    return subtotal


print(total([1, 2, 3], 2))
try:
    cuont
except NameError as e:
    # The suggestion belongs to the traceback display, not to str(e).
    print(str(e), repr(e))
try:
    pritn("x")
except NameError:
    valeu
