"""Records what real CPython 3.11 does for every program of pyxray's corpus.

For each program under tests/programs/ it runs the program with plain python3 (stdout,
exit status, the last stderr line) and assets/cpython_probe.py (the dict tables) with
PYTHONHASHSEED=0 (and 1 and 42 for the hand-written ones and every 10th generated dict or
frames program; the generated class hierarchies under mro/ get seed 0 only)
and writes tests/golden/programs/<dir>/<name>.seed<N>.json:

    {"program", "seed", "exit", "stdout", "stderr_last_line", "inspect"}

plus, for the shutdown/ and tracebacks/ programs, "stderr": all of it, the checkout's path
and addresses masked (tests/goldens.rs masks pyxray's the same way).

    python3 tests/probe/make_goldens.py           # (re)write the goldens
    python3 tests/probe/make_goldens.py --check   # re-record into a temp dir and compare
    python3 tests/probe/make_goldens.py --only threads   # (re)write one directory's goldens
"""
import concurrent.futures
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
PROBE = os.path.join(ROOT, "assets", "cpython_probe.py")
PROGRAMS = os.path.join(ROOT, "tests", "programs")
GOLDEN = os.path.join(ROOT, "tests", "golden", "programs")


def jobs():
    out = []
    for sub in sorted(os.listdir(PROGRAMS)):
        d = os.path.join(PROGRAMS, sub)
        if not os.path.isdir(d):
            continue
        for i, name in enumerate(sorted(n for n in os.listdir(d) if n.endswith(".py"))):
            seeds = [0]
            # Hash seeds move dict tables, not MROs: the mro corpus needs one seed.
            if sub not in ("mro", "heap", "shutdown", "lifetimes", "puzzles", "tracebacks") and (sub not in ("gen", "frames", "threads") or i % 10 == 0):
                seeds += [1, 42]
            for seed in seeds:
                out.append((sub, name, seed))
    return out


def mask_stderr(text):
    """stderr without what differs between machines: the checkout's path, addresses."""
    text = text.replace(ROOT + os.sep, "")
    return re.sub(r"0x[0-9a-f]+", "0x…", text)


def mask_inspect(inspect):
    """Dict entries' key and value reprs with addresses masked: `<A object at 0x7f…>` is
    a CPython heap address, different on every run (pyxray's diff masks its side too).
    A table with a key hashed by its address (a plain instance, None) has its hashes and
    indices set to null: they follow the address, which no simulation reproduces, so
    pyxray's diff compares only its sizes and entries then."""
    for table in inspect.get("dicts", {}).values():
        entries = [e for e in table.get("entries") or [] if e]
        by_address = table.get("address_hashed") or any(
            re.search(r"0x[0-9a-f]+", e["key"]) or e["key"] == "None" for e in entries)
        for entry in entries:
            entry["key"] = re.sub(r"0x[0-9a-f]+", "0x…", entry["key"])
            entry["value"] = re.sub(r"0x[0-9a-f]+", "0x…", entry["value"])
            if by_address:
                entry["hash"] = None
        if by_address:
            table["indices"] = None
    return inspect


def record(job):
    sub, name, seed = job
    rel = f"tests/programs/{sub}/{name}"
    with tempfile.TemporaryDirectory() as tmp:
        jpath = os.path.join(tmp, "inspect.json")
        env = dict(os.environ, PYTHONHASHSEED=str(seed))
        subprocess.run([sys.executable, PROBE, rel, "--json-out", jpath], cwd=ROOT, env=env,
                       capture_output=True, timeout=300)
        with open(jpath, encoding="utf-8") as f:
            inspect = mask_inspect(json.load(f))
    # Output and exit status come from a plain `python3 program.py`, whose interpreter
    # shutdown (atexit, __del__ at exit) runs as a user sees it; the probe runs the
    # program inside its own function and only reads the globals afterwards.
    p = subprocess.run([sys.executable, rel], cwd=ROOT, env=env, capture_output=True,
                       timeout=300)
    text = p.stderr.decode("utf-8", "replace")
    stderr = text.splitlines()
    # The status as a shell reports it: python3 kills itself with SIGINT after an
    # uncaught KeyboardInterrupt (exit_sigint() in Modules/main.c), which subprocess
    # reports as -2 and a shell as 130.
    status = 128 - p.returncode if p.returncode < 0 else p.returncode
    doc = {
        "program": rel,
        "seed": seed,
        "exit": status,
        "stdout": p.stdout.decode("utf-8"),
        "stderr_last_line": stderr[-1] if (status in (1, 130) and stderr) else None,
        "inspect": inspect,
    }
    if sub in ("shutdown", "tracebacks"):
        # What shutdown writes ("Exception ignored in ...") and a traceback's source lines
        # and carets are part of what they show: the whole of stderr, with the checkout's
        # path and object addresses masked.
        doc["stderr"] = mask_stderr(text)
    return job, json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n"


def write_all(dest, only=None):
    todo = [j for j in jobs() if only is None or j[0] == only]
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as pool:
        for (sub, name, seed), text in pool.map(record, todo, chunksize=4):
            d = os.path.join(dest, sub)
            os.makedirs(d, exist_ok=True)
            with open(os.path.join(d, f"{name[:-3]}.seed{seed}.json"), "w", encoding="utf-8") as f:
                f.write(text)


def listing(base):
    out = {}
    for dirpath, _, files in os.walk(base):
        for f in files:
            p = os.path.join(dirpath, f)
            with open(p, encoding="utf-8") as fh:
                out[os.path.relpath(p, base)] = fh.read()
    return out


def main():
    if sys.version_info[:2] != (3, 11):
        print("the goldens must be recorded with CPython 3.11", file=sys.stderr)
        return 2
    if "--check" in sys.argv:
        with tempfile.TemporaryDirectory() as tmp:
            write_all(tmp)
            new, old = listing(tmp), listing(GOLDEN)
        differ = sorted(k for k in set(new) | set(old) if new.get(k) != old.get(k))
        for k in differ[:20]:
            print("differs:", k)
        print(f"{len(new)} goldens re-recorded, {len(differ)} differ from the committed ones")
        return 1 if differ else 0
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None
    write_all(GOLDEN, only)
    total = sum(len(v) for v in listing(GOLDEN).values())
    print(f"wrote {len(jobs())} goldens ({total / 1e6:.1f} MB) to {os.path.relpath(GOLDEN, ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
