# An uncaught exception: CPython's traceback, carets and all.
class C:
    def __init__(self):
        self.x = 1 / 0
C()
