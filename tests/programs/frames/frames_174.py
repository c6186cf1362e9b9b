# generated program 174 (tests/probe/gen_frames.py)
def collector1():
    items = []
    while True:
        item = yield len(items)
        if item == 'STOP':
            return items
        items.append(item)
col1 = collector1()
next(col1)
for word in ['cherry', 'lemon']:
    print('collector1 holds', col1.send(word))
try:
    col1.send('STOP')
except StopIteration as stop:
    print('collector1 gave back', stop.value)
nums2 = [39, 50, 13, 51, 20, 8]
print('sorted', sorted((x for x in nums2), key=lambda v: (-v % 5, v)))
print('any/all', any(x > 50 for x in nums2), all(x >= 0 for x in nums2))
print('min', min(abs(x - 30) for x in nums2))
print('list', list(x // 3 for x in nums2 if x > 10))
def make_account3(balance):
    history = []
    def deposit(x):
        nonlocal balance
        balance += x
        history.append(x)
        return balance
    def peek():
        return balance, len(history)
    return deposit, peek
dep3, peek3 = make_account3(19)
print('deposit', 4, '->', dep3(4), peek3())
print('shared cells', dep3.__code__.co_freevars, peek3.__code__.co_freevars)
print('peek3 sees', peek3.__closure__[0].cell_contents)
lengths4 = dict((w, len(w)) for w in ['olive', 'plum', 'cherry'])
print('lengths4', lengths4)
index4 = {w: i for i, w in enumerate(w.upper() for w in ['olive', 'plum', 'cherry'])}
print('index4', index4)
