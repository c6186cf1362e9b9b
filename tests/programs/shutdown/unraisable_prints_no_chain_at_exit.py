# Shutdown: an unraisable exception is printed without its __cause__ or __context__ (write_unraisable_exc_file).
class Bad:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        try:
            raise KeyError(self.n)
        except KeyError as e:
            raise ValueError("wrapped") from e
x = Bad(1)
y = Bad(2)
print("end")
