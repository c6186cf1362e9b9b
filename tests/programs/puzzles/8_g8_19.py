# Exception chaining: raise from, implicit context, suppression
class ConfigError(Exception):
    pass
def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad port {text!r}") from e
def parse_implicit(text):
    try:
        return int(text)
    except ValueError:
        raise ConfigError("implicit")
def parse_suppressed(text):
    try:
        return int(text)
    except ValueError:
        raise ConfigError("suppressed") from None
for fn in (parse_port, parse_implicit, parse_suppressed):
    try:
        fn("abc")
    except ConfigError as e:
        print(f"{fn.__name__}:")
        print("   repr:", repr(e))
        print("   cause:", repr(e.__cause__))
        print("   context:", repr(e.__context__))
        print("   suppress_context:", e.__suppress_context__)
print("ok port:", parse_port("8080"))
def chain_walk(exc):
    names = []
    while exc is not None:
        names.append(f"{type(exc).__name__}({exc})")
        exc = exc.__cause__ or exc.__context__
    return " <- ".join(names)
def level3():
    raise KeyError("db")
def level2():
    try:
        level3()
    except KeyError as e:
        raise LookupError("repo") from e
def level1():
    try:
        level2()
    except LookupError:
        raise RuntimeError("service")
try:
    level1()
except RuntimeError as e:
    print("chain:", chain_walk(e))
try:
    raise ValueError("x") from TypeError("y")
except ValueError as e:
    print("explicit cause args:", e.args, e.__cause__.args)
try:
    raise ValueError("bad") from 42
except TypeError as e:
    print("TypeError:", e)
err = ValueError("a", 1, None)
print("args tuple:", err.args, "len", len(err.args))
print("str of multi-arg:", str(err))
err2 = ValueError()
print("empty args:", err2.args, repr(str(err2)))
try:
    raise ConfigError
except ConfigError as e:
    print("class raised:", repr(e))
