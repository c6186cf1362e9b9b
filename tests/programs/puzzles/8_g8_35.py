# Container dunders: __len__, __contains__, __bool__, __getitem__, __setitem__, __delitem__
class Playlist:
    def __init__(self, name, songs=()):
        self.name = name
        self._songs = list(songs)
    def __len__(self):
        return len(self._songs)
    def __getitem__(self, index):
        if isinstance(index, slice):
            return Playlist(f"{self.name}[slice]", self._songs[index])
        return self._songs[index]
    def __setitem__(self, index, value):
        self._songs[index] = value
    def __delitem__(self, index):
        del self._songs[index]
    def __contains__(self, song):
        print(f"  (checking {song!r})")
        return song.lower() in (s.lower() for s in self._songs)
    def __iter__(self):
        return iter(self._songs)
    def __reversed__(self):
        return reversed(self._songs)
    def __add__(self, other):
        return Playlist(f"{self.name}+{other.name}", self._songs + other._songs)
    def __repr__(self):
        return f"Playlist({self.name!r}, {self._songs!r})"
p = Playlist("mix", ["Intro", "Song A", "Song B", "Outro"])
print(p, "len:", len(p))
print("index:", p[0], p[-1])
print("slice:", p[1:3])
print("contains:", "song a" in p, "Song Z" in p)
p[1] = "Song A (remix)"
del p[2]
print("after set/del:", p)
print("iterate:", [s.upper() for s in p])
print("reversed:", list(reversed(p)))
empty = Playlist("empty")
print("truthiness via __len__:", bool(p), bool(empty))
if not empty:
    print("empty playlist is falsy")
both = p + Playlist("extra", ["Bonus"])
print("added:", both)
print("enumerate:", list(enumerate(both, 1)))
try:
    p[10]
except IndexError as e:
    print("IndexError:", e)
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print(f"  __bool__ called -> {self.on}")
        return self.on
res_and = Flag(False) and "never"
res_or = Flag(True) or "skipped"
print("and/or short-circuit:", type(res_and).__name__, res_and.on, "|", type(res_or).__name__, res_or.on)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
