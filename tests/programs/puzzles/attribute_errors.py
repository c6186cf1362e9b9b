try:
    [].push(1)
except AttributeError as e:
    print(e)
try:
    "x".foo
except AttributeError as e:
    print(e)
try:
    str.foo
except AttributeError as e:
    print(e)
try:
    (5).foo
except AttributeError as e:
    print(e)
print("ok")
