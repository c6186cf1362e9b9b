# finally can swallow exceptions
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

print("swallow():", swallow())

def order():
    log = []
    try:
        log.append("try")
        raise KeyError("k")
    except KeyError as e:
        log.append("except " + repr(e))
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

print("order:", order())

def name_cleared():
    try:
        raise RuntimeError("x")
    except RuntimeError as err:
        pass
    try:
        return err
    except NameError as ne:
        return "NameError: " + str(ne)

print(name_cleared())
