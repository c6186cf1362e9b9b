# Huge widths raise MemoryError as in CPython (found by fuzzing), and so does a repeat whose
# array of pointers would pass sys.maxsize bytes; beyond sys.maxsize, 'width too big'.
for e in range(4):
    try:
        if e == 0: f"{42:^78888888888}"
        elif e == 1: "%78888888888d" % 5
        elif e == 2: format("x", "<78888888888")
        else: [None] * 2**61
    except MemoryError as x:
        print("MemoryError", repr(x))
try:
    "%99999999999999999999d" % 5
except ValueError as e:
    print(e)
