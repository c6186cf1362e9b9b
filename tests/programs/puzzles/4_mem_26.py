import gc
gc.disable(); gc.collect()
import sys


class Survivor:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("exit del", self.name)


class Holder:
    def __init__(self, name):
        self.name = name
        self.parts = [Survivor(name + ".part0"), Survivor(name + ".part1")]

    def __del__(self):
        print("exit del holder", self.name, len(self.parts))


alpha = Survivor("alpha")
beta = Holder("beta")
gamma = Survivor("gamma")
gamma.me = gamma
temp = Survivor("temp")
temp = Survivor("temp2")
print("module end reached")
