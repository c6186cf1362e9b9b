import gc
gc.disable(); gc.collect()
# Cycles through containers
class Tracker:
    alive = 0
    def __init__(self):
        Tracker.alive += 1
    def __del__(self):
        Tracker.alive -= 1

def make_cycle():
    t = Tracker()
    container = [t]
    t.container = container
    return None

for _ in range(5):
    make_cycle()
print("alive before collect:", Tracker.alive)
print("collected:", gc.collect())
print("alive after collect:", Tracker.alive)
lst = []
lst.append(lst)
print("self-referencing list:", lst)
d = {}
d["me"] = d
print("self-referencing dict:", d)
del lst, d
print("collected containers:", gc.collect())
print("gc enabled?", gc.isenabled())
