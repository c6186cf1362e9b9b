class LoggedMeta:
    log = []

class Base(LoggedMeta):
    def setup(self, **kw):
        self.log.append(("Base", sorted(kw)))
        return kw

class Cache(Base):
    def setup(self, cache_size=10, **kw):
        self.cache_size = cache_size
        self.log.append(("Cache", cache_size))
        return super().setup(**kw)

class Net(Base):
    def setup(self, host="localhost", port=80, **kw):
        self.addr = f"{host}:{port}"
        self.log.append(("Net", self.addr))
        return super().setup(**kw)

class Retry(Base):
    def setup(self, retries=3, **kw):
        self.retries = retries
        self.log.append(("Retry", retries))
        return super().setup(**kw)

class Client(Retry, Cache, Net):
    def setup(self, **kw):
        self.log.append(("Client", len(kw)))
        return super().setup(**kw)

c = Client()
left = c.setup(port=8080, retries=5, verbose=True, cache_size=1)
print(left)
for entry in c.log:
    print(entry)
print(c.addr, c.retries, c.cache_size)
print([k.__name__ for k in Client.__mro__])
print(super(Cache, c).setup.__qualname__)
print(super(Retry, Client).setup.__qualname__)
LoggedMeta.log.clear()
Net.setup(c)
print(LoggedMeta.log, c.addr)
