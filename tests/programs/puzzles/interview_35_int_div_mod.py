# Integer division and modulo with negatives
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2)]
for a, b in pairs:
    print(f"{a:>3} // {b:>2} = {a // b:>3}   {a:>3} % {b:>2} = {a % b:>3}   divmod = {divmod(a, b)}")
print("int(-7 / 2):", int(-7 / 2))
print("-7 / 2:", -7 / 2)
print("invariant holds:", all((a // b) * b + a % b == a for a, b in pairs))
print("float floor div:", 7.5 // 2, -7.5 // 2)
print("float mod:", -7.5 % 2)
print("power precedence -2**2:", -2 ** 2)
print("(-2)**2:", (-2) ** 2)
print("2**-1:", 2 ** -1)
print("big int:", 2 ** 100)
print("pow mod:", pow(3, 200, 7))
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print("bool arithmetic:", True + True, True * 10)
