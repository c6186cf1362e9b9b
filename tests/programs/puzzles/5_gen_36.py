def process(values):
    results = []
    for v in values:
        try:
            n = int(v)
            r = 100 // n
        except ValueError:
            results.append(f"{v!r}: not a number")
            continue
        except ZeroDivisionError as e:
            results.append(f"{v!r}: {e}")
        except TypeError as e:
            results.append(f"{type(v).__name__}: {e}")
        else:
            results.append(f"{v!r}: {r}")
        finally:
            results.append("-")
    return results

for line in process(["4", "0", "x", None, 7, "-3", 2.9]):
    print(line)

def layered():
    try:
        try:
            raise KeyError("inner")
        except KeyError as e:
            raise ValueError("middle") from e
        finally:
            print("inner finally")
    except ValueError as e:
        print("caught", repr(e), "cause", repr(e.__cause__))
        return "from except"
    finally:
        print("outer finally")

print(layered())

def ctx():
    try:
        {}["missing"]
    except KeyError:
        try:
            1 / 0
        except ZeroDivisionError as e:
            return type(e.__context__).__name__, e.__suppress_context__

print(ctx())
