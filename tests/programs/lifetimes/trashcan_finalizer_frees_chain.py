# A __del__ that builds and drops a chain of its own: its frame frees it at the finalizer's depth.
class N:
    def __init__(self, i, nxt):
        self.i = i
        self.nxt = nxt
    def __del__(self):
        print("del", self.i)
        if self.i == 30:
            tmp = None
            for j in range(60):
                tmp = N(1000 + j, tmp)
            print("made inner")
h = None
for i in range(70):
    h = N(i, h)
h = None
print("end")
