class Config:
    debug = False
    level = 1
    tags = []

c1 = Config()
c2 = Config()
c1.debug = True
print(c1.debug, c2.debug, Config.debug)
c1.tags.append("shared")
print(c2.tags, Config.tags)
c2.tags = ["own"]
print(c1.tags, c2.tags)
print(sorted(vars(c1)), sorted(vars(c2)))
Config.level = 5
print(c1.level, c2.level)
c1.level = 9
Config.level = 6
print(c1.level, c2.level)
del c1.level
print(c1.level)
try:
    del c1.level
except AttributeError as e:
    print("AttributeError:", e)
print("level" in Config.__dict__, "level" in c1.__dict__)

class Sub(Config):
    level = 100
s = Sub()
print(s.level, s.debug, Sub.tags)
