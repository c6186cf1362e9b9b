class Pipeline:
    def __init__(self, *steps):
        self.steps = list(steps)

    def __call__(self, value):
        for s in self.steps:
            value = s(value)
        return value

    def __or__(self, step):
        return Pipeline(*self.steps, step)

    def __len__(self):
        return len(self.steps)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Pipeline(*self.steps[i])
        return self.steps[i]

    def __repr__(self):
        return "Pipeline(" + ", ".join(getattr(s, "__name__", type(s).__name__) for s in self.steps) + ")"

class Scale:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k

def inc(x):
    return x + 1

p = Pipeline(inc) | Scale(3) | str | (lambda s: s + "!")
print(p, len(p))
print(p(4), p[:2](4), p[1](5))
print(callable(p), callable(Scale), callable(Scale(2)), callable(3))
print(list(map(Pipeline(inc, inc), [1, 2, 3])))
try:
    p(None)
except TypeError as e:
    print("TypeError:", e)
print(sorted([3, 1, 2], key=Scale(-1)))
