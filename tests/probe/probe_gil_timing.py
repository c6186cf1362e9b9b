"""Timing of threads under the GIL, as real CPython 3.11 shows it on this machine.

Runs unchanged under python3 and under pyxray (whose clock is virtual): the figures it
prints are what tests/gil_timing.rs compares, within 15 %, against the committed
measurement tests/golden/gil_timing.json (written by `python3
tests/probe/record_gil_timing.py`, which takes the median of several runs).

    iter_ns      ns per iteration of the calibration loop (one thread)
    handoffs     GIL handoffs per second between two CPU-bound threads, 5 ms interval
    ratio        wall time of the work split over two threads / the same work in one
    sleep_alone  median latency of time.sleep(0.0001), ms, no other thread
    convoy_5ms   the same beside a CPU-bound thread, default 5 ms switch interval
    convoy_1ms   the same with sys.setswitchinterval(0.001)
"""
import sys
import threading
import time

N_CAL = 500000
N_WORK = 1500000
SLEEPS = 25

last = -1
switches = 0
stop = False


def spin(n):
    i = 0
    while i < n:
        i += 1


def counting(me, n):
    global last, switches
    i = 0
    while i < n:
        if last != me:
            last = me
            switches += 1
        i += 1


def spinner():
    while not stop:
        pass


def median(xs):
    s = sorted(xs)
    return s[len(s) // 2]


def sleeper(out):
    for _ in range(SLEEPS):
        t0 = time.perf_counter()
        time.sleep(0.0001)
        out.append(time.perf_counter() - t0)


def calibrate():
    t0 = time.perf_counter()
    spin(N_CAL)
    return (time.perf_counter() - t0) / N_CAL * 1e9


def handoffs():
    global last, switches
    last = -1
    switches = 0
    a = threading.Thread(target=counting, args=(0, N_WORK))
    b = threading.Thread(target=counting, args=(1, N_WORK))
    t0 = time.perf_counter()
    a.start()
    b.start()
    a.join()
    b.join()
    dt = time.perf_counter() - t0
    return (switches - 1) / dt


def ratio():
    t0 = time.perf_counter()
    spin(N_WORK)
    one = time.perf_counter() - t0
    a = threading.Thread(target=spin, args=(N_WORK // 2,))
    b = threading.Thread(target=spin, args=(N_WORK // 2,))
    t0 = time.perf_counter()
    a.start()
    b.start()
    a.join()
    b.join()
    two = time.perf_counter() - t0
    return two / one


def convoy(interval, with_spinner):
    global stop
    sys.setswitchinterval(interval)
    stop = False
    out = []
    s = threading.Thread(target=spinner)
    if with_spinner:
        s.start()
    t = threading.Thread(target=sleeper, args=(out,))
    t.start()
    t.join()
    stop = True
    if with_spinner:
        s.join()
    sys.setswitchinterval(0.005)
    return median(out) * 1000


def measure():
    return {
        "iter_ns": calibrate(),
        "handoffs": handoffs(),
        "ratio": ratio(),
        "sleep_alone": convoy(0.005, False),
        "convoy_5ms": convoy(0.005, True),
        "convoy_1ms": convoy(0.001, True),
    }


def main():
    figures = measure()
    for k in ["iter_ns", "handoffs", "ratio", "sleep_alone", "convoy_5ms", "convoy_1ms"]:
        print(k, round(figures[k], 3))


main()
