# An lru_cache wrapper binds like a function (lru_cache_descr_get).
from functools import cache, lru_cache


class Calc:
    @lru_cache(maxsize=None)
    def add(self, x):
        return x + 1

    @cache
    def double(self, x):
        print("  computing", x)
        return x * 2

    @staticmethod
    @lru_cache(maxsize=2)
    def dec(x):
        return x - 1

    @classmethod
    @lru_cache(maxsize=2)
    def named(cls, x):
        return cls.__name__ + str(x)


print(Calc().add(5))
c = Calc()
print(c.add(5), c.add(5), c.add(6), Calc.add(c, 7))
print(c.double(4), c.double(4), Calc().double(4))
print(Calc.dec(3), c.dec(3), Calc.named(1), c.named(1))
print(Calc.add.cache_info(), c.add.cache_info() == Calc.add.cache_info())
print(Calc.add.__qualname__, c.add.__name__, c.add.__wrapped__.__name__)
print(repr(Calc.add).split(" at 0x")[0])
print(repr(c.add).split(" of ")[0])
print(type(c.add).__name__, c.add.__self__ is c, c.add.__func__ is Calc.add)
c.add.cache_clear()
print(Calc.add.cache_info())
