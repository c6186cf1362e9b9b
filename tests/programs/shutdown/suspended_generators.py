# Shutdown: generators suspended inside try/finally and try/except GeneratorExit are closed at teardown.
def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("numbers: finally")

def words():
    try:
        yield "a"
    except GeneratorExit:
        print("words: closed")
        raise

n = numbers()
w = words()
print(next(n), next(w))
