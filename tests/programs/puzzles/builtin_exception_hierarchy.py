class AccessDenied(PermissionError):
    pass
try:
    raise AccessDenied("bob lacks write")
except OSError as e:
    print(type(e).__name__, e, isinstance(e, PermissionError), [c.__name__ for c in type(e).__mro__])
for E in (FileNotFoundError, BrokenPipeError, ModuleNotFoundError, FloatingPointError, UserWarning, StopAsyncIteration):
    print(E.__name__, [c.__name__ for c in E.__mro__])
try:
    raise ModuleNotFoundError("no module named x")
except ImportError as e:
    print(repr(e), str(e))
print(issubclass(DeprecationWarning, Warning), issubclass(Warning, Exception), issubclass(ConnectionResetError, OSError))
