import gc
gc.disable(); gc.collect()
import weakref

graveyard = []


class Phoenix:
    def __init__(self, name):
        self.name = name
        self.deaths = 0

    def __del__(self):
        self.deaths += 1
        print("del", self.name, "deaths", self.deaths)
        if self.deaths < 3:
            graveyard.append(self)


p = Phoenix("p")
p.me = p
wp = weakref.ref(p, lambda r: print("weakref callback"))
del p
print("first", gc.collect())
print("graveyard", [o.name for o in graveyard], "wp dead", wp() is None)
print("finalized", gc.is_finalized(graveyard[0]))
graveyard.clear()
print("second", gc.collect())
print("graveyard", len(graveyard))
q = Phoenix("q")
del q
print("q resurrected", [o.name for o in graveyard])
graveyard.clear()
print("q cleared, deaths shown once")
print("third", gc.collect())
