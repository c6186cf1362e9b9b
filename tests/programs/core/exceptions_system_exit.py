# An uncaught SystemExit prints no traceback: a code that is not an int or None is
# written to stderr and the exit status is 1; atexit callbacks still run.
import atexit


class Resource:
    def __del__(self):
        print("Resource freed")


def goodbye(who):
    print("goodbye,", who)


atexit.register(goodbye, "world")
r = Resource()
try:
    raise SystemExit(5)
except SystemExit as e:
    print("caught", e.code, e.args)
print("exiting")
raise SystemExit("fatal: no input")
