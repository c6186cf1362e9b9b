# binary_iop(): an in-place operator's TypeError names it (+=, **=), and *= on a set never tries the right operand's repeat.
try:
    x = 1
    x += 'a'
    print(x)
except TypeError as e:
    print(e)
try:
    x = [1]
    x += 1.5
    print(x)
except TypeError as e:
    print(e)
try:
    x = None
    x += None
    print(x)
except TypeError as e:
    print(e)
try:
    x = 's'
    x += 2.5
    print(x)
except TypeError as e:
    print(e)
try:
    x = {1}
    x += [2]
    print(x)
except TypeError as e:
    print(e)
try:
    x = {}
    x += (1,)
    print(x)
except TypeError as e:
    print(e)
try:
    x = range(2)
    x += 'ab'
    print(x)
except TypeError as e:
    print(e)
try:
    x = None
    x += [3]
    print(x)
except TypeError as e:
    print(e)
try:
    x = 1
    x -= 'a'
    print(x)
except TypeError as e:
    print(e)
try:
    x = [1]
    x -= 1.5
    print(x)
except TypeError as e:
    print(e)
try:
    x = None
    x -= None
    print(x)
except TypeError as e:
    print(e)
try:
    x = 's'
    x -= 2.5
    print(x)
except TypeError as e:
    print(e)
try:
    x = {1}
    x -= [2]
    print(x)
except TypeError as e:
    print(e)
try:
    x = {}
    x -= (1,)
    print(x)
except TypeError as e:
    print(e)
try:
    x = range(2)
    x -= 'ab'
    print(x)
except TypeError as e:
    print(e)
try:
    x = None
    x -= [3]
    print(x)
except TypeError as e:
    print(e)
try:
    x = 1
    x *= 'a'
    print(x)
except TypeError as e:
    print(e)
try:
    x = [1]
    x *= 1.5
    print(x)
except TypeError as e:
    print(e)
try:
    x = None
    x *= None
    print(x)
except TypeError as e:
    print(e)
try:
    x = 's'
    x *= 2.5
    print(x)
except TypeError as e:
    print(e)
try:
    x = {1}
    x *= [2]
    print(x)
except TypeError as e:
    print(e)
try:
    x = {}
    x *= (1,)
    print(x)
except TypeError as e:
    print(e)
try:
    x = range(2)
    x *= 'ab'
    print(x)
except TypeError as e:
    print(e)
try:
    x = None
    x *= [3]
    print(x)
except TypeError as e:
    print(e)
try:
    x = 1
    x /= 'a'
    print(x)
except TypeError as e:
    print(e)
try:
    x = [1]
    x /= 1.5
    print(x)
except TypeError as e:
    print(e)
try:
    x = None
    x /= None
    print(x)
except TypeError as e:
    print(e)
try:
    x = 's'
    x /= 2.5
    print(x)
except TypeError as e:
    print(e)
try:
    x = {1}
    x /= [2]
    print(x)
except TypeError as e:
    print(e)
try:
    x = {}
    x /= (1,)
    print(x)
except TypeError as e:
    print(e)
try:
    x = range(2)
    x /= 'ab'
    print(x)
except TypeError as e:
    print(e)
try:
    x = None
    x /= [3]
    print(x)
except TypeError as e:
    print(e)
try:
    x = 1
    x //= 'a'
    print(x)
except TypeError as e:
    print(e)
try:
    x = [1]
    x //= 1.5
    print(x)
except TypeError as e:
    print(e)
try:
    x = None
    x //= None
    print(x)
except TypeError as e:
    print(e)
try:
    x = 's'
    x //= 2.5
    print(x)
except TypeError as e:
    print(e)
try:
    x = {1}
    x //= [2]
    print(x)
except TypeError as e:
    print(e)
try:
    x = {}
    x //= (1,)
    print(x)
except TypeError as e:
    print(e)
try:
    x = range(2)
    x //= 'ab'
    print(x)
except TypeError as e:
    print(e)
try:
    x = None
    x //= [3]
    print(x)
except TypeError as e:
    print(e)
try:
    x = 1
    x %= 'a'
    print(x)
except TypeError as e:
    print(e)
try:
    x = [1]
    x %= 1.5
    print(x)
except TypeError as e:
    print(e)
try:
    x = None
    x %= None
    print(x)
except TypeError as e:
    print(e)
try:
    x = 's'
    x %= 2.5
    print(x)
except TypeError as e:
    print(e)
try:
    x = {1}
    x %= [2]
    print(x)
except TypeError as e:
    print(e)
try:
    x = {}
    x %= (1,)
    print(x)
except TypeError as e:
    print(e)
try:
    x = range(2)
    x %= 'ab'
    print(x)
except TypeError as e:
    print(e)
try:
    x = None
    x %= [3]
    print(x)
except TypeError as e:
    print(e)
try:
    x = 1
    x **= 'a'
    print(x)
except TypeError as e:
    print(e)
try:
    x = [1]
    x **= 1.5
    print(x)
except TypeError as e:
    print(e)
try:
    x = None
    x **= None
    print(x)
except TypeError as e:
    print(e)
try:
    x = 's'
    x **= 2.5
    print(x)
except TypeError as e:
    print(e)
try:
    x = {1}
    x **= [2]
    print(x)
except TypeError as e:
    print(e)
try:
    x = {}
    x **= (1,)
    print(x)
except TypeError as e:
    print(e)
try:
    x = range(2)
    x **= 'ab'
    print(x)
except TypeError as e:
    print(e)
try:
    x = None
    x **= [3]
    print(x)
except TypeError as e:
    print(e)
try:
    x = 1
    x <<= 'a'
    print(x)
except TypeError as e:
    print(e)
try:
    x = [1]
    x <<= 1.5
    print(x)
except TypeError as e:
    print(e)
try:
    x = None
    x <<= None
    print(x)
except TypeError as e:
    print(e)
try:
    x = 's'
    x <<= 2.5
    print(x)
except TypeError as e:
    print(e)
try:
    x = {1}
    x <<= [2]
    print(x)
except TypeError as e:
    print(e)
try:
    x = {}
    x <<= (1,)
    print(x)
except TypeError as e:
    print(e)
try:
    x = range(2)
    x <<= 'ab'
    print(x)
except TypeError as e:
    print(e)
try:
    x = None
    x <<= [3]
    print(x)
except TypeError as e:
    print(e)
try:
    x = 1
    x >>= 'a'
    print(x)
except TypeError as e:
    print(e)
try:
    x = [1]
    x >>= 1.5
    print(x)
except TypeError as e:
    print(e)
try:
    x = None
    x >>= None
    print(x)
except TypeError as e:
    print(e)
try:
    x = 's'
    x >>= 2.5
    print(x)
except TypeError as e:
    print(e)
try:
    x = {1}
    x >>= [2]
    print(x)
except TypeError as e:
    print(e)
try:
    x = {}
    x >>= (1,)
    print(x)
except TypeError as e:
    print(e)
try:
    x = range(2)
    x >>= 'ab'
    print(x)
except TypeError as e:
    print(e)
try:
    x = None
    x >>= [3]
    print(x)
except TypeError as e:
    print(e)
try:
    x = 1
    x &= 'a'
    print(x)
except TypeError as e:
    print(e)
try:
    x = [1]
    x &= 1.5
    print(x)
except TypeError as e:
    print(e)
try:
    x = None
    x &= None
    print(x)
except TypeError as e:
    print(e)
try:
    x = 's'
    x &= 2.5
    print(x)
except TypeError as e:
    print(e)
try:
    x = {1}
    x &= [2]
    print(x)
except TypeError as e:
    print(e)
try:
    x = {}
    x &= (1,)
    print(x)
except TypeError as e:
    print(e)
try:
    x = range(2)
    x &= 'ab'
    print(x)
except TypeError as e:
    print(e)
try:
    x = None
    x &= [3]
    print(x)
except TypeError as e:
    print(e)
try:
    x = 1
    x |= 'a'
    print(x)
except TypeError as e:
    print(e)
try:
    x = [1]
    x |= 1.5
    print(x)
except TypeError as e:
    print(e)
try:
    x = None
    x |= None
    print(x)
except TypeError as e:
    print(e)
try:
    x = 's'
    x |= 2.5
    print(x)
except TypeError as e:
    print(e)
try:
    x = {1}
    x |= [2]
    print(x)
except TypeError as e:
    print(e)
try:
    x = {}
    x |= (1,)
    print(x)
except TypeError as e:
    print(e)
try:
    x = range(2)
    x |= 'ab'
    print(x)
except TypeError as e:
    print(e)
try:
    x = None
    x |= [3]
    print(x)
except TypeError as e:
    print(e)
try:
    x = 1
    x ^= 'a'
    print(x)
except TypeError as e:
    print(e)
try:
    x = [1]
    x ^= 1.5
    print(x)
except TypeError as e:
    print(e)
try:
    x = None
    x ^= None
    print(x)
except TypeError as e:
    print(e)
try:
    x = 's'
    x ^= 2.5
    print(x)
except TypeError as e:
    print(e)
try:
    x = {1}
    x ^= [2]
    print(x)
except TypeError as e:
    print(e)
try:
    x = {}
    x ^= (1,)
    print(x)
except TypeError as e:
    print(e)
try:
    x = range(2)
    x ^= 'ab'
    print(x)
except TypeError as e:
    print(e)
try:
    x = None
    x ^= [3]
    print(x)
except TypeError as e:
    print(e)
try:
    x = 1
    x @= 'a'
    print(x)
except TypeError as e:
    print(e)
try:
    x = [1]
    x @= 1.5
    print(x)
except TypeError as e:
    print(e)
try:
    x = None
    x @= None
    print(x)
except TypeError as e:
    print(e)
try:
    x = 's'
    x @= 2.5
    print(x)
except TypeError as e:
    print(e)
try:
    x = {1}
    x @= [2]
    print(x)
except TypeError as e:
    print(e)
try:
    x = {}
    x @= (1,)
    print(x)
except TypeError as e:
    print(e)
try:
    x = range(2)
    x @= 'ab'
    print(x)
except TypeError as e:
    print(e)
try:
    x = None
    x @= [3]
    print(x)
except TypeError as e:
    print(e)
