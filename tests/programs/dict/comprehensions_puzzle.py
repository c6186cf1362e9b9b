sq = {i: i * i for i in range(12)}
strs = {str(i): i for i in range(-5, 5)}
filt = {k: v for k, v in sq.items() if v % 2 == 0}
inv = {v: k for k, v in strs.items()}
print(len(sq), list(sq))
print(strs)
print(filt)
print(repr(inv))
nested = {i: {j: i + j for j in range(3)} for i in range(3)}
print(nested)
