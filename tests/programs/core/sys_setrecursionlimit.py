# sys.setrecursionlimit(): its errors, the depth it checks a new limit against (frames
# and guards, a METH_O call's own), and recursion to the new limit, raised and lowered.
import sys
for v in [0, -5, 'x', 2.5]:
    try:
        sys.setrecursionlimit(v)
    except Exception as e:
        print(type(e).__name__, e)
def f(n):
    if n == 0:
        try:
            sys.setrecursionlimit(10)
        except RecursionError as e:
            print(e)
        return 0
    return f(n - 1)
f(50)
sys.setrecursionlimit(100)
def g(n):
    return g(n + 1)
try:
    g(0)
except RecursionError as e:
    print(e)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(depth(0))
sys.setrecursionlimit(5000)
print(depth(0), sys.getrecursionlimit())
sys.setrecursionlimit(20000)
def dfs(n):
    return 0 if n == 0 else 1 + dfs(n - 1)
print(dfs(15000))
class Node:
    def __init__(self, d):
        self.child = Node(d - 1) if d else None
try:
    Node(12000)
    print('built')
except RecursionError as e:
    print('RecursionError', e)
try:
    sys.setrecursionlimit(1)
except RecursionError as e:
    print(e)
def k():
    try:
        sys.setrecursionlimit(1)
    except RecursionError as e:
        print(e)
k()
