class Meta:
    pass


class Config:
    defaults = {"debug": False, "level": 1}

    def __init__(self, **overrides):
        self.settings = dict(self.defaults)
        unknown = set(overrides) - set(self.defaults)
        if unknown:
            raise KeyError(f"unknown settings: {sorted(unknown)}")
        self.settings.update(overrides)

    def __getattr__(self, name):
        try:
            return self.settings[name]
        except KeyError:
            raise AttributeError(f"no setting {name!r}") from None

    def __contains__(self, key):
        return key in self.settings

    def __eq__(self, other):
        return isinstance(other, Config) and self.settings == other.settings

    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in sorted(self.settings.items()))
        return f"Config({inner})"


c = Config(level=3)
print(c, c.level, c.debug, "level" in c, "color" in c)
print(Config() == Config(level=1), Config() == Config(debug=True), Config() == {"debug": False})
try:
    Config(color="red", size=2)
except KeyError as e:
    print("KeyError:", e)
try:
    c.color
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(c, "missing", "fallback"), hasattr(c, "debug"))
Config.defaults["verbose"] = True
print(Config(verbose=False), c)
print(type(Meta()).__name__, Meta.__name__, Config.__qualname__)
