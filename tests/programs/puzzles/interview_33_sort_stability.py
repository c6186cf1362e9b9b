# Sorting with keys and stability
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print("by age:", sorted(people, key=lambda p: p[1]))
print("by age desc:", sorted(people, key=lambda p: p[1], reverse=True))
by_name = sorted(people)
by_both = sorted(by_name, key=lambda p: p[1])
print("stable two-pass:", by_both)
print("tuple key:", sorted(people, key=lambda p: (-p[1], p[0])))
words = ["banana", "Apple", "cherry", "apple"]
print("default:", sorted(words))
print("casefold:", sorted(words, key=str.lower))
print("by len:", sorted(words, key=len))
nums = [3, 1, 2]
r = nums.sort()
print("list.sort returns:", r, nums)
print("sorted mixed bools:", sorted([True, 0, False, 1, -1]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
