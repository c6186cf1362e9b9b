# Shutdown: an atexit callback that raises is reported as 'Exception ignored in atexit callback'; unregister drops every registration.
import atexit
def boom():
    raise KeyError("x")
def fine():
    print("fine")
atexit.register(boom)
atexit.register(fine)
atexit.register(fine)
atexit.unregister(fine)
atexit.register(print, "printed", "by", "atexit", sep="-")
