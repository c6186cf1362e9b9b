class AppError(Exception):
    pass

class ConfigError(AppError):
    def __init__(self, key, msg):
        super().__init__(f"{key}: {msg}")
        self.key = key

class ParseError(ConfigError):
    pass

def parse(d, key):
    try:
        return int(d[key])
    except KeyError as e:
        raise ConfigError(key, "missing") from e
    except ValueError as e:
        raise ParseError(key, "bad int") from e

data = {"a": "1", "b": "x"}
for k in ["a", "b", "c"]:
    try:
        print(k, parse(data, k))
    except ParseError as e:
        print("ParseError", e, type(e.__cause__).__name__, e.__cause__)
    except ConfigError as e:
        print("ConfigError", e, e.key, type(e.__cause__).__name__, repr(e.__cause__))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise AppError("during handling")
except AppError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

try:
    raise AppError("no cause") from None
except AppError as e:
    print(e, e.__cause__, e.__suppress_context__)
print([c.__name__ for c in ParseError.__mro__])
print(issubclass(ParseError, (KeyError, AppError)))
