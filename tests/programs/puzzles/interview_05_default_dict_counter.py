# Mutable default dict used as a hidden cache
def counter(key, seen={}):
    seen[key] = seen.get(key, 0) + 1
    return seen[key]

for word in ["a", "b", "a", "c", "a", "b"]:
    print("count of", word, "=", counter(word))

print("hidden state:", counter.__defaults__[0])
counter.__defaults__[0].clear()
print("after clear:", counter("a"))

def stamp(x, when=len("abc")):
    return x + when

print("default evaluated once:", stamp(1), stamp(10))
