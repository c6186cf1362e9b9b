# try/except/else/finally return-value puzzles
def f1():
    try:
        return "try"
    finally:
        return "finally"

def f2():
    x = 1
    try:
        return x
    finally:
        x = 2

def f3():
    try:
        1 / 0
    except ZeroDivisionError:
        return "except"
    else:
        return "else"
    finally:
        print("  f3 finally runs")

def f5():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
    return "end"

def f6():
    lst = [1]
    try:
        return lst
    finally:
        lst.append(2)

print("f1:", f1())
print("f2:", f2())
print("f3:", f3())
print("f5:", f5())
print("f6:", f6())
