# The classic mutable default argument bug
def append_to(item, target=[]):
    target.append(item)
    return target

print("first call:", append_to(1))
print("second call:", append_to(2))
print("third call:", append_to(3, []))
print("fourth call:", append_to(4))
print("defaults tuple:", append_to.__defaults__)

def append_fixed(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print("fixed first:", append_fixed(1))
print("fixed second:", append_fixed(2))
print("fixed defaults:", append_fixed.__defaults__)
