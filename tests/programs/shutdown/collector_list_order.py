# Shutdown: at teardown __del__ runs in the collector's list order: older generation first, rescued list/tuple items last-first.
import gc

class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

def make_cycle(tag):
    a = Tracked(tag + ".a")
    b = Tracked(tag + ".b")
    a.partner = b
    b.partner = a

make_cycle("early")
print("collected", gc.collect())
make_cycle("late")
keep = [Tracked("in list 1"), Tracked("in list 2")]
pair = (Tracked("in tuple 1"), Tracked("in tuple 2"))
box = [{"k": Tracked("in dict")}]
solo = Tracked("solo")
print("end of module")
