# Three-argument pow(): modular inverses for negative exponents, the modulus's sign.
for b in [3, -3, 0, 1, 2, 10, -7, 2**70]:
    for e in [-3, -1, 0, 1, 5, 2**65]:
        for m in [7, -7, 1, -1, 10, 2**61 - 1, -(2**64)]:
            try:
                r = pow(b, e, m)
            except ValueError as x:
                r = "ValueError: " + str(x)
            print(b, e, m, r)
print(pow(38, -1, 97), pow(True, -1, 5))
