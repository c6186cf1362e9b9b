inner = {'x': [1, 2], 'y': (3, 4)}
outer = {'in': inner, 'list': [inner, inner], 'n': None, 'f': 1.5}
print(len(outer), list(outer))
print(outer['in'] is inner)
print(repr(outer))
cfg = {'name': 'café', 'sizes': {'s': 1, 'm': 2, 'l': 3}, 'tags': frozenset(['a'])}
cfg['sizes']['xl'] = 4
print(cfg)
