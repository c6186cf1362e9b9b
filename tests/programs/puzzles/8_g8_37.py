# Word frequency report
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""

punct = ",.;:!?"
words = [w.strip(punct).lower() for w in text.split()]
print("total words:", len(words))
print("unique words:", len(set(words)))

freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1

top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
width = max(len(w) for w, _ in top)
print(f"{'word':<{width}} | count | bar")
for w, c in top:
    print(f"{w:<{width}} | {c:>5} | {'#' * c}")

singles = sorted(w for w, c in freq.items() if c == 1)
print("appear once:", singles)

by_length = {}
for w in freq:
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    print(f"  len {length:>2}: {', '.join(sorted(by_length[length]))}")

first_pos = {}
for i, w in enumerate(words):
    first_pos.setdefault(w, i)
print("first positions of top:", {w: first_pos[w] for w, _ in top})

lines = text.splitlines()
for n, line in enumerate(lines, 1):
    print(f"line {n}: {len(line.split()):>2} words, {len(line):>2} chars, starts {line.split()[0]!r}")

capitals = [w.strip(punct) for w in text.split() if w[0].isupper()]
print("capitalized:", capitals)
bigrams = {}
for a, b in zip(words, words[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
common = sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print("top bigrams:", common)
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("top letters:", "".join(k for k, _ in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5]))
print("vowel ratio:", f"{sum(letters.get(v, 0) for v in 'aeiou') / sum(letters.values()):.3f}")
