class C:
    def __le__(self, o):
        return 'yes'
    def __eq__(self, o):
        return [1]
    def __lt__(self, o):
        return 0
print(C() <= C(), C() == C(), C() != C(), C() < C(), C() > C(), C() >= C())
a, b, c = C(), C(), C()
print(a <= b <= c)
print(a < b <= c)
print(a <= b < c)
print(a == b == c)
print(1 < 2 == a, 3 < 2 == a)
if a <= b:
    print('truthy')
print(not (a < b), (a < b) or 'other', (a <= b) and 'both')
print([a] == [b], a in [b])
class N:
    def __eq__(self, o):
        return None
print(N() == N(), N() != N(), N() in [N()])
