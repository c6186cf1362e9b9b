# __del__ runs when refcount drops to zero
class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)

print("step 1")
r = Resource("A")
print("step 2")
r = Resource("B")
print("step 3")
s = r
del r
print("step 4 (s still alive)")
del s
print("step 5")
lst = [Resource("C"), Resource("D")]
lst.pop(0)
print("step 6")
lst.clear()
print("step 7")
def scope():
    tmp = Resource("E")
    print("  leaving scope")
scope()
print("done")
