# sys.exit() raises SystemExit: what its argument becomes (args, code), the tuple case
# passing the tuple itself as args, the argument checks, and a thread that exits
# silently (threading's excepthook ignores SystemExit).
import sys
import threading

for args, kw in [((1, 2), {}), ((), {"x": 1})]:
    try:
        sys.exit(*args, **kw)
    except TypeError as e:
        print(e)
for v in [None, 0, 5, "msg", (1, 2), (), (7,), [1], True, -1, 2**40]:
    try:
        sys.exit(v)
    except SystemExit as e:
        print(repr(e), e.args, repr(e.code), e.args is v)
try:
    sys.exit()
except SystemExit as e:
    print(repr(e), e.args, e.code)
print(sys.exit)


def worker():
    print("worker starts")
    sys.exit(4)


t = threading.Thread(target=worker)
t.start()
t.join()
print("joined")


def f():
    try:
        sys.exit("from f")
    finally:
        print("finally runs")


try:
    f()
except SystemExit as e:
    print("caught", e, e.code)
