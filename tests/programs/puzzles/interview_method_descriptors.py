words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words, key=str.lower), str.lower)
l = []
list.append(l, 3)
print(l, str.upper("ab"), int.bit_length(True), dict.get({1: 2}, 1), str.join("-", ["a", "b"]))
print(list(map(str.strip, [" a ", "b "])), type(str.lower).__name__)
try:
    str.lower(5)
except TypeError as e:
    print(e)
print(str.format("{}-{}", 1, 2), str.lower is str.lower, str.lower == str.lower)
