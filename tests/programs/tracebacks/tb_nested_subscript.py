# An uncaught exception: CPython's traceback, carets and all.
grid = [[1, 2], [3, 4]]
print(grid[1][ 5 ])
