class C:
    def __eq__(self, o):
        print('eq', type(self).__name__, type(o).__name__)
        return NotImplemented
    def __hash__(self):
        return 7
c = C()
print('A'); print(c == c)
print('B'); print(c != c)
print('C'); print(c == 1)
print('D'); print(1 == c)
print('E'); print(C() != C())
print('F'); print(C() == C())
print('G'); print(c in [c], [c] == [c], {c: 1}[c])
x = float('nan')
print(x == x, x != x, [x] == [x], x in [x], (x,) == (x,))
class D:
    pass
d = D()
print(d == d, d != d, D() == D(), d != D())
class Base:
    def __eq__(self, o):
        print('Base.eq')
        return NotImplemented
    def __lt__(self, o):
        print('Base.lt')
        return NotImplemented
class Sub(Base):
    def __eq__(self, o):
        print('Sub.eq')
        return NotImplemented
    def __gt__(self, o):
        print('Sub.gt')
        return 'gt!'
b, s = Base(), Sub()
print(b == s)
print(s == b)
print(b < s)
print(b != s)
class Ne:
    def __ne__(self, o):
        print('ne called')
        return 'ne-result'
print(Ne() != Ne(), Ne() == Ne())
class P:
    pass
class Q(P):
    def __lt__(self, o):
        print('Q.lt')
        return True
print(P() > Q())
try:
    print(P() < Q())
except TypeError as e:
    print(e)
def f(): pass
print(f == f, f != f, print == print, None == None)
