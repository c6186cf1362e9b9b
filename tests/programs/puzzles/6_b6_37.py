from itertools import islice, count, cycle, chain

def scheduler(*tasks):
    queue = list(tasks)
    while queue:
        task = queue.pop(0)
        try:
            yield next(task)
            queue.append(task)
        except StopIteration as e:
            yield f"finished with {e.value}"

def task(name, n):
    for i in range(n):
        yield f"{name}{i}"
    return name.upper()

print(list(scheduler(task("a", 2), task("b", 3), task("c", 1))))
colors = cycle(["red", "green"])
print([f"{i}:{c}" for i, c in zip(range(5), colors)])
print(list(islice(chain(*([[1, 2], [3]] * 3)), 7)))
ids = count(100, 5)
print(next(ids), next(ids), list(islice(ids, 2)))

def gen_close_demo():
    try:
        for i in count():
            yield i
    finally:
        print("generator finalized")

g = gen_close_demo()
print(list(islice(g, 3)))
g.close()
print(next(g, "exhausted"))
