# %-formatting with a mapping subscripts it (PyObject_GetItem): a subclass's or a
# defaultdict's __missing__ runs; a subclass's __str__ is what print() and str() show.
class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'

class Pretty(dict):
    def __str__(self):
        return 'Pretty!'

d = Default(name='Ada')
print('%(name)s and %(other)s' % d)
p = Pretty(a=1)
print(p, str(p), repr(p), f'{p}', [p], '%s' % p)
print('{}'.format(p))
from collections import defaultdict, Counter
dd = defaultdict(int)
print('%(a)s %(b)d' % dd, dd)
