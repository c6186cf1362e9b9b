# sorted/min/max/list.sort with built-in key functions, reverse stability
d = {"a": 3, "b": 7, "c": 7, "d": 1}
print(max(d, key=d.get), min(d, key=d.get), sorted(d, key=d.get), sorted(d, key=d.get, reverse=True))
print(sorted(["bb", "a", "ccc", "dd"], key=len), sorted(["B", "a", "C"], key=str.lower) if False else sorted(["B", "a", "C"], key=str), max(["x", "yyy"], key=len))
words = ["pear", "fig", "apple"]
words.sort(key=len, reverse=True)
print(words, sorted(d.items()), sorted([(1, 'b'), (1, 'a')], reverse=True))
