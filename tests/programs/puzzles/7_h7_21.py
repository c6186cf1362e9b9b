import gc; gc.disable(); gc.collect()

registry = []

class Plugin:
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        registry.append(cls)
        print("registered", cls.plugin_name)

class Alpha(Plugin, name="alpha"):
    pass
class Beta(Plugin):
    pass

def make_temp():
    class Temp(Plugin, name="temp"):
        def __del__(self):
            print("Temp instance finalized")
    return Temp

T = make_temp()
inst = T()
print("registry:", [c.plugin_name for c in registry])
del inst
print("instance gone (refcount)")
registry.remove(T)
del T
print("class still in cycle, collecting...")
n = gc.collect()
print("collected > 0:", n > 0)
print("registry:", [c.plugin_name for c in registry])
print("Alpha mro:", [c.__name__ for c in Alpha.__mro__])
print("subclasses:", sorted(c.__name__ for c in Plugin.__subclasses__()))
