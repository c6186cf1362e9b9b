def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src, moves)


def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    result = []
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            result.append([x] + rest)
    return result


def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]


print([fib(i) for i in range(15)])
moves = []
hanoi(3, "A", "C", "B", moves)
print(len(moves))
for disk, a, b in moves:
    print(f"move disk {disk} from {a} to {b}")
perms = permutations([1, 2, 3])
print(len(perms), perms)
print(["".join(p) for p in permutations(list("abc"))])
print(sorted(power_set([1, 2, 3]), key=lambda s: (len(s), s)))


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


print(gcd(48, 180), gcd(17, 5), gcd(0, 9))
