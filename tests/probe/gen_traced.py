"""Makes the sys.settrace programs of pyxray's golden corpus (tests/programs/traced/).

Each is one of the generated frames programs (tests/programs/frames/) with a trace
function installed after its imports, printing every event CPython sends: the event, the
code's name, the line, and the argument's type. Programs that call library functions
CPython implements in Python (functools.wraps, inspect.*) are skipped: a trace function
sees their frames in CPython, and pyxray runs them natively.

    python3 tests/probe/gen_traced.py
"""
import os

HERE = os.path.dirname(__file__)
SRC = os.path.join(HERE, "..", "programs", "frames")
OUT = os.path.join(HERE, "..", "programs", "traced")

# These drop a generator unfinished while traced: CPython closes it when its last
# reference goes and the trace function sees that close, a moment pyxray cannot place
# without reference counts (it reports such programs as not simulated, exit 2).
FINALIZER_DEPENDENT = {11, 19, 51, 66, 92, 96, 137, 158, 174}

TRACER = '''import sys
def _tracer(frame, event, arg):
    print("TRACE", event, frame.f_code.co_name, frame.f_lineno, type(arg).__name__)
    return _tracer
sys.settrace(_tracer)
'''


def main():
    os.makedirs(OUT, exist_ok=True)
    names = sorted(n for n in os.listdir(SRC) if n.endswith(".py"))
    written = 0
    for i, name in enumerate(names):
        # Programs that end in an uncaught exception would leave the trace function set
        # at shutdown, where CPython traces its own exit code.
        if i % 10 == 3 or i in FINALIZER_DEPENDENT:
            continue
        with open(os.path.join(SRC, name), encoding="utf-8") as f:
            lines = f.read().splitlines(keepends=True)
        text = "".join(lines)
        if "wraps" in text or "inspect" in text:
            continue
        head = 0
        while head < len(lines) and (lines[head].startswith(("#", "import ", "from "))):
            head += 1
        out = "".join(lines[:head]) + TRACER + "".join(lines[head:])
        out += "sys.settrace(None)\nprint('untraced from here')\n"
        target = os.path.join(OUT, name.replace("frames_", "traced_"))
        with open(target, "w", encoding="utf-8") as f:
            f.write(out)
        written += 1
    print(f"wrote {written} programs to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
