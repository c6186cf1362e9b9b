"""Records tests/golden/gil_timing.json: the median of several runs of
tests/probe/probe_gil_timing.py under real CPython 3.11 on this machine.

    python3 tests/probe/record_gil_timing.py [--runs N]
"""
import json
import os
import platform
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROBE = os.path.join(HERE, "probe_gil_timing.py")
OUT = os.path.join(HERE, "..", "golden", "gil_timing.json")


def run_once():
    out = subprocess.run([sys.executable, PROBE], capture_output=True, text=True, check=True).stdout
    figures = {}
    for line in out.splitlines():
        k, v = line.split()
        figures[k] = float(v)
    return figures


def main():
    runs = 9
    if "--runs" in sys.argv:
        runs = int(sys.argv[sys.argv.index("--runs") + 1])
    results = [run_once() for _ in range(runs)]
    doc = {}
    for k in results[0]:
        vals = sorted(r[k] for r in results)
        doc[k] = vals[len(vals) // 2]
        doc[k + "_all"] = vals
    doc["python"] = platform.python_version()
    doc["runs"] = runs
    doc["cpus"] = os.cpu_count()
    with open(OUT, "w") as f:
        json.dump(doc, f, indent=2, sort_keys=True)
        f.write("\n")
    print(json.dumps({k: v for k, v in doc.items() if not k.endswith("_all")}, indent=2, sort_keys=True))


if __name__ == "__main__":
    main()
