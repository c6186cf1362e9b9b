# A deque that holds itself, nested deques, and a bounded window over 300,000 appends.
from collections import deque
d = deque([1])
d.append(d)
print(d, [d])
x = deque([deque([1]), [2]])
print(x, len(x[0]))
for i in range(300000):
    x.append(i)
    if len(x) > 5:
        x.popleft()
print(x)
