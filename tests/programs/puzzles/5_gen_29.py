def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]


def transpose(m):
    return [list(r) for r in zip(*m)]


def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def show(m, title):
    print(title)
    for row in m:
        print("  " + " ".join(f"{v:>5}" for v in row))


A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show(A, "A")
show(transpose(A), "A^T")
show(matmul(A, B), "A*B")
show(matmul(B, A), "B*A")
print(matmul(identity(2), [[5, 6], [7, 8]]) == [[5, 6], [7, 8]])
grid = [["." for _ in range(5)] for _ in range(3)]
grid[1][2] = "#"
grid[0][-1] = "@"
print("\n".join("".join(r) for r in grid))
bad = [["."] * 3] * 2
bad[0][0] = "X"
print(bad)
diag = [A[i][i] for i in range(min(len(A), len(A[0])))]
print(diag, sum(map(sum, A)), [max(c) for c in zip(*B)])
show([[round(v / 3, 2) for v in row] for row in A], "A/3")
