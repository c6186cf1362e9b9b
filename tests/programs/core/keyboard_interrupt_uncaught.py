# An uncaught KeyboardInterrupt: the traceback, then python3 ends itself by SIGINT
# (exit_sigint() in Modules/main.c), which a shell reports as status 130.
import atexit

atexit.register(print, "atexit runs first")


def work():
    print("working")
    raise KeyboardInterrupt("stop")


try:
    raise ValueError("before")
except ValueError:
    work()
