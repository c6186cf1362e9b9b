# An exception raised again and again in loops, left by continue and break.
import sys
for i in range(2):
    try:
        raise ValueError(i)
    except ValueError as e:
        print(sys.getrefcount(e))
        if i == 0:
            continue
        break
for i in range(2):
    try:
        raise ValueError(i)
    except ValueError as e:
        print(sys.getrefcount(e))
i = 0
while i < 2:
    i += 1
    try:
        raise ValueError(i)
    except ValueError as e:
        print("w", sys.getrefcount(e))
        continue
