def collatz_len(n, cache={1: 1}):
    if n not in cache:
        cache[n] = 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
    return cache[n]


def collatz_seq(n):
    seq = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        seq.append(n)
    return seq


print(collatz_seq(6))
print(collatz_seq(27)[:10], len(collatz_seq(27)), max(collatz_seq(27)))
best = max(range(1, 10000), key=collatz_len)
print(best, collatz_len(best))
lengths = [collatz_len(n) for n in range(1, 21)]
print(lengths)
hist = {}
for L in lengths:
    hist[L // 5 * 5] = hist.get(L // 5 * 5, 0) + 1
for bucket in sorted(hist):
    print(f"{bucket:>3}-{bucket + 4:<3} {'*' * hist[bucket]}")


def digits_sum(n):
    return n if n < 10 else digits_sum(sum(int(c) for c in str(n)))


print([digits_sum(n) for n in (0, 9, 38, 999999, 2 ** 64)])
print(sum(int(c) for c in str(2 ** 1000)), len(str(3 ** 500)))
