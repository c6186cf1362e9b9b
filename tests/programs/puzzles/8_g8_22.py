# Comprehensions: list, dict, set, nested, conditional
nums = list(range(1, 21))
squares = [n * n for n in nums if n % 3 == 0]
print("squares of multiples of 3:", squares)
labels = ["even" if n % 2 == 0 else "odd" for n in nums[:6]]
print("labels:", labels)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print("matrix:", matrix)
print("transpose:", [[row[i] for row in matrix] for i in range(3)])
print("flatten:", [x for row in matrix for x in row])
print("diagonal:", [matrix[i][i] for i in range(3)])
pairs = [(a, b) for a in range(1, 5) for b in range(a, 5) if (a + b) % 2 == 0]
print("pairs:", pairs)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print("lowercase set sorted:", sorted({w.lower() for w in words}))
print("first-letter set:", sorted({w[0].lower() for w in words}))
lengths = {w: len(w) for w in words}
print("dict comp:", lengths)
by_len = {}
for w in words:
    by_len.setdefault(len(w), []).append(w)
print("grouped by len:", by_len)
inverted = {v: [k for k in lengths if lengths[k] == v] for v in sorted(set(lengths.values()))}
print("inverted:", inverted)
print("filtered dict:", {k: v for k, v in lengths.items() if v > 5})
gen = (n * n for n in nums)
print("generator sum:", sum(gen), "exhausted sum:", sum(gen))
print("any/all:", any(n > 19 for n in nums), all(n > 0 for n in nums))
primes = [n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print("primes:", primes)
x = "outer"
result = [x for x in "abc"]
print("comprehension scope leaves x:", x, result)
pythag = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print("pythagorean triples:", pythag)
print("enumerate comp:", {i: ch for i, ch in enumerate("hey")})
print("zip comp:", [a * b for a, b in zip([1, 2, 3], [4, 5, 6])])
print("nested dict:", {i: {j: i * j for j in range(1, 4)} for i in range(1, 3)})
print("set comp of mods:", sorted({n % 7 for n in nums}))
print("conditional expression chain:", ["fizzbuzz" if n % 15 == 0 else "fizz" if n % 3 == 0 else "buzz" if n % 5 == 0 else n for n in range(10, 16)])
