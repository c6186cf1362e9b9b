import gc
gc.disable(); gc.collect()
import weakref

saved = []


class F:
    def __init__(self, name, keep):
        self.name = name
        self.keep = keep

    def __del__(self):
        print("del", self.name, "finalized now?", gc.is_finalized(self))
        if self.keep:
            saved.append(self)


class Plain:
    pass


a = F("a", True)
print("a finalized", gc.is_finalized(a))
a.cyc = a
del a
print("collect", gc.collect())
s = saved[0]
print("saved", s.name, "finalized", gc.is_finalized(s))
saved.clear()
s.cyc = None
print("dropping saved")
del s
print("after drop")
p = Plain()
p.me = p
print("plain finalized", gc.is_finalized(p))
wp = weakref.ref(p)
del p
print("plain collect", gc.collect(), wp() is None)
b = F("b", True)
del b
print("b saved (no cycle)", [x.name for x in saved], gc.is_finalized(saved[0]))
print("int finalized", gc.is_finalized(3))
