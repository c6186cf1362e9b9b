# reversed() of a dict that grew, uncaught.
d = {"a": 1, "b": 2}
r = reversed(d)
d["c"] = 3
print(next(r))
