class E(Exception): pass
class C:
    '''d'''
    x=1
    def f(self): pass
class D(C): pass
print(list(E.__dict__)); print(list(C.__dict__)); print(list(D.__dict__)); print(C.__dict__['__dict__'], type(C.__dict__['__dict__']).__name__)
c = C()
c.y = 2
print(vars(c), vars(D) is D.__dict__, C.__doc__, D.__doc__, c.__weakref__)
print(type("T", (), {}).__dict__.keys() if False else list(type("T", (), {"a": 1}).__dict__))
print(list(C.__dict__.keys()), "x" in C.__dict__, len(D.__dict__))
