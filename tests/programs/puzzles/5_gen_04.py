nums = list(range(20))
print(nums[::3], nums[1::4], nums[::-5])
print(nums[-3:], nums[:-15], nums[5:2], nums[-1], nums[-20])
print(nums[15:5:-2], nums[100:], nums[-100:2])
letters = list("abcdefgh")
letters[2:5] = ["X"]
print(letters)
letters[::2] = [1, 2, 3]
print(letters)
del letters[1::2]
print(letters)
words = ["banana", "Apple", "cherry", "date", "Elderberry", "fig"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w.lower())))
words.sort(key=lambda w: w[-1])
print(words)
matrix = [[i * j for j in range(1, 5)] for i in range(1, 4)]
print(matrix)
print([row[1] for row in matrix], [list(c) for c in zip(*matrix)])
print([x for row in matrix for x in row if x % 2 == 0])
flat = [y for x in [[1, [2]], [3]] for y in x]
print(flat)
stack = [1, 2, 3]
stack.append(4); stack.extend([5, 6]); stack.insert(0, 0)
print(stack.pop(), stack.pop(0), stack, stack.index(3), stack.count(9))
stack.remove(3); stack.reverse()
print(stack, min(stack), max(stack), sum(stack))
