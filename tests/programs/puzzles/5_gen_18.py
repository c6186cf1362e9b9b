text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity"""
counts = {}
for line in text.splitlines():
    for raw in line.split():
        word = raw.strip(",.").lower()
        counts[word] = counts.get(word, 0) + 1
print(len(counts), sum(counts.values()))
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
    print(f"{word:<10}{n:>3} {'#' * n}")
print(sorted(counts)[:5])
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters.items(), key=lambda kv: kv[1], reverse=True)[:5]
print(top)
by_len = {}
for w in counts:
    by_len.setdefault(len(w), []).append(w)
for k in sorted(by_len):
    print(k, sorted(by_len[k]))
print(max(counts, key=lambda w: (len(w), w)), min(counts, key=len))
