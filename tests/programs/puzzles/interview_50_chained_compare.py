# Chained comparisons and boolean short-circuit puzzles
print("1 < 2 < 3:", 1 < 2 < 3)
print("3 > 2 > 1 == 1:", 3 > 2 > 1 == 1)
print("(1 < 2) < 3:", (1 < 2) < 3)
print("False == False in [False]:", False == False in [False])
print("(False == False) in [False]:", (False == False) in [False])
print("1 == 1.0 is True?:", 1 == 1.0)
calls = []
def v(x):
    calls.append(x)
    return x
print("short-circuit chain:", v(3) < v(1) < v(2), calls)
print("'' or 'default':", "" or "default")
print("0 and 1/0:", 0 and 1 / 0)
print("[] or {} or 0:", [] or {} or 0)
print("1 and 2 and 3:", 1 and 2 and 3)
print("not 'x' == 'y':", not "x" == "y")
print("None or False:", None or False)
print("all([]) any([]):", all([]), any([]))
print("'a' < 'b' < 'c' < 'B':", "a" < "b" < "c" < "B")
print("[1,2] < [1,3]:", [1, 2] < [1, 3], "(1,2) < (1,2,0):", (1, 2) < (1, 2, 0))
