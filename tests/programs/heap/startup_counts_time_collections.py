# The collector does not start the program at zero: CPython's start-up and the compiling
# of this module leave a few hundred allocations in generation 0, so the first automatic
# collection comes that much sooner. It runs in the middle of the loop, and the cycles
# made after it are still alive at the end.
class Leaky:
    alive = 0

    def __init__(self):
        Leaky.alive += 1
        self.ref = self

    def __del__(self):
        Leaky.alive -= 1


for i in range(600):
    Leaky()
print(Leaky.alive)
