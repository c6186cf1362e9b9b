def fizzbuzz(n):
    out = []
    for i in range(1, n + 1):
        s = ("Fizz" if i % 3 == 0 else "") + ("Buzz" if i % 5 == 0 else "")
        out.append(s or str(i))
    return out


print(", ".join(fizzbuzz(20)))
i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 10:
        break
    print(i, end=" ")
print()
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            print(f"{n} = {d} * {n // d}")
            break
    else:
        print(f"{n} is prime")
count = 0
while count < 3:
    count += 1
else:
    print("while-else ran, count =", count)
triangle = [[1]]
for _ in range(6):
    prev = triangle[-1]
    triangle.append([1] + [a + b for a, b in zip(prev, prev[1:])] + [1])
width = len(" ".join(map(str, triangle[-1])))
for row in triangle:
    print(" ".join(map(str, row)).center(width).rstrip())
