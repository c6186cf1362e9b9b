"""A module docstring."""
# The main module's names from the start: __name__ is '__main__' (so the
# 'if __name__ == "__main__"' idiom runs), __doc__ the module docstring, the rest None.
print(__name__, __doc__, __package__, __spec__, __cached__)
def main():
    print("main runs", __name__)
if __name__ == "__main__":
    main()
class K:
    def where(self):
        return __name__
print(K().where(), K.__module__)
