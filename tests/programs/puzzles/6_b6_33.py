from itertools import islice, count

def tokenize(text):
    word = ""
    for ch in text:
        if ch.isalnum():
            word += ch
        else:
            if word:
                yield ("WORD", word)
                word = ""
            if not ch.isspace():
                yield ("PUNCT", ch)
    if word:
        yield ("WORD", word)

toks = list(tokenize("Hello, world! x1 = y2;"))
print(toks)
print([t for kind, t in toks if kind == "PUNCT"])

def pairwise_sum(it):
    it = iter(it)
    prev = next(it)
    for cur in it:
        yield prev + cur
        prev = cur

print(list(pairwise_sum([1, 2, 3, 4])))
print(list(islice(pairwise_sum(count(1)), 5)))

def running_max(seq):
    best = None
    for x in seq:
        if best is None or x > best:
            best = x
        yield best

print(list(running_max([3, 1, 4, 1, 5, 9, 2, 6])))
gen = (x for x in [])
print(list(gen), next((x for x in range(5) if x > 2), "none"), next(iter([]), "none"))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
g = running_max([1])
print(g.__name__, list(g), list(g))
