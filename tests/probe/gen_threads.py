"""Generates the threaded programs of pyxray's golden corpus (tests/programs/threads/).

Deterministic: the same run always writes the same files. Every program's output is
independent of how the threads interleave (results are joined, sorted, counted under a
lock, passed through queues, ordered by events or by joins), so CPython prints the same
thing every time and pyxray must print exactly that. Each program strings together a few
sections, each drawn from the templates below with random sizes and names.

    python3 tests/probe/gen_threads.py [--count N]
"""
import os
import random
import sys

OUT = os.path.join(os.path.dirname(__file__), "..", "programs", "threads")


def sec_counter(rng, k):
    n = rng.randrange(2, 6)
    it = rng.choice([10, 50, 200, 1000])
    lock = rng.choice(["Lock", "RLock"])
    use_with = rng.random() < 0.6
    body = (f"        with lock{k}:\n            count{k} += {rng.randrange(1, 4)}\n" if use_with else
            f"        lock{k}.acquire()\n        try:\n            count{k} += 1\n        finally:\n            lock{k}.release()\n")
    return f"""
lock{k} = threading.{lock}()
count{k} = 0
def add{k}(times):
    global count{k}
    for _ in range(times):
{body}threads{k} = [threading.Thread(target=add{k}, args=({it},)) for _ in range({n})]
for t in threads{k}:
    t.start()
for t in threads{k}:
    t.join()
print("counter{k}", count{k}, lock{k}.acquire(blocking=False), lock{k}.acquire(False))
"""


def sec_results(rng, k):
    n = rng.randrange(1, 7)
    op = rng.choice(["i * i", "i + 100", "str(i) * 2", "(i, -i)", "[i] * 3"])
    kw = rng.random() < 0.5
    call = f"kwargs={{'i': {k} * 10 + j}}" if kw else f"args=({k} * 10 + j,)"
    return f"""
out{k} = []
def work{k}(i):
    out{k}.append({op})
ws{k} = []
for j in range({n}):
    t = threading.Thread(target=work{k}, {call})
    ws{k}.append(t)
    t.start()
for t in ws{k}:
    t.join()
print("results{k}", sorted(out{k}), len(out{k}), [t.is_alive() for t in ws{k}])
"""


def sec_queue(rng, k):
    n = rng.randrange(1, 20)
    consumers = rng.randrange(1, 4)
    maxsize = rng.choice([0, 0, 1, 2, 5])
    return f"""
q{k} = queue.Queue({maxsize})
got{k} = []
glock{k} = threading.Lock()
def produce{k}():
    for i in range({n}):
        q{k}.put(i * 3)
    for _ in range({consumers}):
        q{k}.put(None)
def consume{k}():
    while True:
        item = q{k}.get()
        if item is None:
            q{k}.task_done()
            break
        with glock{k}:
            got{k}.append(item)
        q{k}.task_done()
cs{k} = [threading.Thread(target=consume{k}) for _ in range({consumers})]
for c in cs{k}:
    c.start()
p{k} = threading.Thread(target=produce{k})
p{k}.start()
q{k}.join()
p{k}.join()
for c in cs{k}:
    c.join()
print("queue{k}", sorted(got{k}), q{k}.qsize(), q{k}.empty(), q{k}.full(), q{k}.maxsize)
"""


def sec_event(rng, k):
    n = rng.randrange(1, 5)
    return f"""
ev{k} = threading.Event()
seen{k} = []
def waiter{k}(i):
    ok = ev{k}.wait()
    seen{k}.append((i, ok))
ts{k} = [threading.Thread(target=waiter{k}, args=(i,)) for i in range({n})]
for t in ts{k}:
    t.start()
print("event{k} before", ev{k}.is_set(), len(seen{k}))
ev{k}.set()
for t in ts{k}:
    t.join()
print("event{k} after", ev{k}.is_set(), sorted(seen{k}), ev{k}.wait(0.001))
ev{k}.clear()
print("event{k} cleared", ev{k}.is_set(), ev{k}.wait(0.001), ev{k}.wait(timeout=0))
"""


def sec_sequential(rng, k):
    n = rng.randrange(2, 5)
    named = rng.random() < 0.5
    name = f"name='w{k}-' + str(i)" if named else ""
    return f"""
def talk{k}(i):
    me = threading.current_thread()
    print("thread{k}", i, me.name, threading.active_count())
for i in range({n}):
    t = threading.Thread(target=talk{k}, args=(i,){", " + name if name else ""})
    print(repr(t))
    t.start()
    t.join()
    print("joined{k}", i, t.is_alive())
"""


def sec_errors(rng, k):
    picks = rng.sample([
        f"l{k} = threading.Lock()\ntry:\n    l{k}.release()\nexcept RuntimeError as e:\n    print('err{k}', e)",
        f"t{k} = threading.Thread(target=print)\ntry:\n    t{k}.join()\nexcept RuntimeError as e:\n    print('err{k}', e)",
        f"t{k} = threading.Thread(target=len, args=([],))\nt{k}.start()\nt{k}.join()\ntry:\n    t{k}.start()\nexcept RuntimeError as e:\n    print('err{k}', e)",
        f"q{k} = queue.Queue()\ntry:\n    q{k}.task_done()\nexcept ValueError as e:\n    print('err{k}', e)",
        f"q{k} = queue.Queue()\ntry:\n    q{k}.get_nowait()\nexcept queue.Empty:\n    print('err{k} empty')",
        f"q{k} = queue.Queue()\ntry:\n    q{k}.get(timeout=0.001)\nexcept queue.Empty as e:\n    print('err{k} empty after timeout', repr(e))",
        f"q{k} = queue.Queue(1)\nq{k}.put(1)\ntry:\n    q{k}.put(2, block=False)\nexcept queue.Full:\n    print('err{k} full', q{k}.qsize())",
        f"r{k} = threading.RLock()\ntry:\n    r{k}.release()\nexcept RuntimeError as e:\n    print('err{k}', e)",
        f"s{k} = threading.BoundedSemaphore(2)\ntry:\n    s{k}.release()\nexcept ValueError as e:\n    print('err{k}', e)",
        f"try:\n    threading.current_thread().join()\nexcept RuntimeError as e:\n    print('err{k}', e)",
        f"l{k} = threading.Lock()\nl{k}.acquire()\nprint('err{k} held', l{k}.locked(), l{k}.acquire(timeout=0.002), l{k}.acquire(False))\nl{k}.release()\nprint('err{k} free', l{k}.locked())",
        f"try:\n    time.sleep(-1)\nexcept ValueError as e:\n    print('err{k}', e)",
        f"try:\n    sys.setswitchinterval(0)\nexcept ValueError as e:\n    print('err{k}', e)",
    ], rng.randrange(2, 5))
    return "\n" + "\n".join(picks) + "\n"


def sec_rlock(rng, k):
    depth = rng.randrange(1, 6)
    return f"""
rl{k} = threading.RLock()
trail{k} = []
def nest{k}(d):
    with rl{k}:
        trail{k}.append(d)
        if d > 0:
            nest{k}(d - 1)
ns{k} = [threading.Thread(target=nest{k}, args=({depth},)) for _ in range(2)]
for t in ns{k}:
    t.start()
for t in ns{k}:
    t.join()
print("rlock{k}", sorted(trail{k}), len(trail{k}))
"""


def sec_context(rng, k):
    suppress = rng.random() < 0.5
    return f"""
class Ctx{k}:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter{k}", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit{k}", self.name, et.__name__ if et else None, ev)
        return {suppress}
with Ctx{k}("a") as x{k}:
    print("body{k}", x{k})
try:
    with Ctx{k}("b"), Ctx{k}("c") as y{k}:
        print("inner{k}", y{k})
        raise KeyError("k{k}")
    print("suppressed{k}")
except KeyError as e:
    print("escaped{k}", e)
def early{k}():
    for i in range(3):
        with Ctx{k}("loop" + str(i)):
            if i == 1:
                return i
print("early{k}", early{k}())
"""


def sec_pipeline(rng, k):
    stages = rng.randrange(2, 4)
    n = rng.randrange(1, 15)
    return f"""
qs{k} = [queue.Queue() for _ in range({stages + 1})]
def stage{k}(i):
    while True:
        x = qs{k}[i].get()
        if x is None:
            qs{k}[i + 1].put(None)
            return
        qs{k}[i + 1].put(x * 2 + i)
st{k} = [threading.Thread(target=stage{k}, args=(i,), daemon=True) for i in range({stages})]
for t in st{k}:
    t.start()
for v in range({n}):
    qs{k}[0].put(v)
qs{k}[0].put(None)
res{k} = []
while True:
    x = qs{k}[{stages}].get()
    if x is None:
        break
    res{k}.append(x)
print("pipeline{k}", res{k}, [t.daemon for t in st{k}])
"""


def sec_semaphore(rng, k):
    n = rng.randrange(2, 6)
    slots = rng.randrange(1, 3)
    return f"""
sem{k} = threading.Semaphore({slots})
inside{k} = [0]
peak{k} = [0]
guard{k} = threading.Lock()
def limited{k}():
    with sem{k}:
        with guard{k}:
            inside{k}[0] += 1
            peak{k}[0] = max(peak{k}[0], inside{k}[0])
        time.sleep(0.001)
        with guard{k}:
            inside{k}[0] -= 1
ls{k} = [threading.Thread(target=limited{k}) for _ in range({n})]
for t in ls{k}:
    t.start()
for t in ls{k}:
    t.join()
print("semaphore{k}", peak{k}[0] <= {slots}, inside{k}[0])
"""


def sec_misc(rng, k):
    interval = rng.choice([0.001, 0.005, 0.0001, 0.02, 1e-07])
    return f"""
print("interval{k}", sys.getswitchinterval())
sys.setswitchinterval({interval!r})
print("interval{k} set", sys.getswitchinterval())
sys.setswitchinterval(0.005)
m{k} = threading.main_thread()
print("main{k}", m{k}.name, m{k} is threading.current_thread(), m{k}.is_alive(), m{k}.daemon)
d{k} = threading.Thread(target=lambda: None, daemon=True, name="dd{k}")
print("daemon{k}", d{k}.daemon, d{k}.name, repr(d{k}))
d{k}.start()
d{k}.join()
try:
    d{k}.daemon = False
except RuntimeError as e:
    print("daemon{k} err", e)
s{k} = threading.Thread(target=time.sleep, args=(0.05,))
s{k}.start()
s{k}.join(timeout=0.001)
print("builtin target{k}", s{k}.is_alive())
s{k}.join()
print("builtin target{k} done", s{k}.is_alive())
t0 = time.perf_counter()
time.sleep(0.002)
print("slept{k}", time.perf_counter() - t0 >= 0.002, time.monotonic() > 0, time.time() > 1e9)
"""


def sec_exception(rng, k):
    return f"""
def boom{k}():
    raise ValueError("bad{k}")
b{k} = threading.Thread(target=boom{k})
b{k}.start()
b{k}.join()
print("after boom{k}", b{k}.is_alive())
"""


def sec_subclass(rng, k):
    n = rng.randrange(1, 5)
    named = rng.random() < 0.5
    init_name = f", name='sub{k}-' + str(i)" if named else ""
    return f"""
class Worker{k}(threading.Thread):
    def __init__(self, i):
        super().__init__({init_name.lstrip(", ")})
        self.i = i
        self.result = None
    def run(self):
        self.result = self.i ** 2 + {k}
class Plain{k}(threading.Thread):
    pass
ws{k} = [Worker{k}(i) for i in range({n})]
print("subclass{k}", [repr(w) for w in ws{k}], isinstance(ws{k}[0], threading.Thread))
for w in ws{k}:
    w.start()
for w in ws{k}:
    w.join()
print("subclass{k} results", [w.result for w in ws{k}], [w.is_alive() for w in ws{k}])
p{k} = Plain{k}(target=lambda x: print("plain{k}", x), args=({k},))
p{k}.start()
p{k}.join()
print("subclass{k} mro", [c.__name__ for c in Worker{k}.__mro__], p{k}.name)
"""


SECTIONS = [sec_counter, sec_results, sec_queue, sec_event, sec_sequential, sec_errors, sec_rlock,
            sec_context, sec_pipeline, sec_semaphore, sec_misc, sec_exception, sec_subclass]


def program(i):
    rng = random.Random(7919 * i + 3)
    out = [f"# generated threaded program {i} (tests/probe/gen_threads.py)",
           "import queue", "import sys", "import threading", "import time"]
    # Every template appears regularly; the rest are random.
    picks = [SECTIONS[i % len(SECTIONS)]] + rng.sample(SECTIONS, rng.randrange(1, 3))
    for k, sec in enumerate(picks):
        out.append(sec(rng, k))
    out.append('print("done", threading.active_count())')
    if i % 15 == 7:
        # The main thread raises while a thread still runs: CPython prints the traceback,
        # joins the thread (threading._shutdown), then exits 1.
        out.append("""
def late():
    time.sleep(0.02)
    print("late thread done")
threading.Thread(target=late).start()
print("main raising")
raise KeyError("x")""")
    return "\n".join(out) + "\n"


def main():
    count = 120
    if "--count" in sys.argv:
        count = int(sys.argv[sys.argv.index("--count") + 1])
    os.makedirs(OUT, exist_ok=True)
    for i in range(count):
        with open(os.path.join(OUT, f"threads_{i:03d}.py"), "w", encoding="utf-8") as f:
            f.write(program(i))
    print(f"wrote {count} programs to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
