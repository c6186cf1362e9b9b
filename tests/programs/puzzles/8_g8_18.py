# try/except/else/finally ordering
def trace(label, action):
    steps = []
    try:
        steps.append("try")
        if action == "raise":
            raise ValueError(label)
        if action == "return":
            steps.append("return-in-try")
            return steps
    except ValueError:
        steps.append("except")
    else:
        steps.append("else")
    finally:
        steps.append("finally")
    steps.append("after")
    return steps
for action in ("ok", "raise", "return"):
    print(f"{action:>7}: {trace('x', action)}")
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print("finally overrides return:", finally_overrides())
def finally_swallows():
    try:
        raise RuntimeError("lost")
    finally:
        return "swallowed"
print("finally swallows exception:", finally_swallows())
def return_value_evaluated_first():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print("mutation in finally visible:", return_value_evaluated_first())
def counter_in_finally():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print("  finally sees n =", n)
print("returned:", counter_in_finally())
def nested():
    log = []
    try:
        try:
            log.append("inner try")
            raise KeyError("k")
        except ValueError:
            log.append("inner except (skipped)")
        finally:
            log.append("inner finally")
    except KeyError as e:
        log.append(f"outer except {e!r}")
    finally:
        log.append("outer finally")
    return log
for line in nested():
    print("  ", line)
