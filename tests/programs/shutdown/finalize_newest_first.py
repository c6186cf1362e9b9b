# Shutdown: weakref.finalize's _exitfunc runs where the first finalizer registered it, newest finalizer first.
import atexit
import weakref

class Resource:
    def __init__(self, name):
        self.name = name

def release(name):
    print("finalize:", name)

def early():
    print("atexit: registered before the first finalize")

def late():
    print("atexit: registered after it")

atexit.register(early)
db = Resource("db")
log = Resource("log")
cache = Resource("cache")
f_db = weakref.finalize(db, release, "db")
f_log = weakref.finalize(log, release, "log")
f_cache = weakref.finalize(cache, release, "cache")
atexit.register(late)
f_log.detach()
del cache
print("alive:", f_db.alive, f_log.alive, f_cache.alive)
