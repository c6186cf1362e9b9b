# operator: itemgetter/attrgetter as sort keys, and the operators by name.
import operator
from operator import itemgetter, attrgetter
from functools import reduce

scores = {"ann": 3, "bob": 9, "cy": 9, "dee": 1}
print(sorted(scores.items(), key=itemgetter(1)), sorted(scores.items(), key=itemgetter(1, 0), reverse=True))
print(max(scores.items(), key=operator.itemgetter(1)), min(scores, key=scores.get))
rows = [(1, "b", 2.5), (0, "a", 9.0), (1, "a", 0.5)]
print(sorted(rows, key=itemgetter(0, 1)), list(map(itemgetter(2), rows)), itemgetter(1)("xyz"), itemgetter("k")({"k": 5}))
g = itemgetter(1, 2)
print(g, attrgetter("real"), attrgetter("real", "imag"), g([7, 8, 9]))


class P:
    def __init__(self, name, age):
        self.name = name
        self.age = age
        self.me = self

    def __repr__(self):
        return f"P({self.name!r}, {self.age})"


people = [P("x", 30), P("y", 20), P("z", 30)]
print(sorted(people, key=attrgetter("age")), sorted(people, key=attrgetter("age", "name"), reverse=True))
print(attrgetter("me.me.name")(people[0]), [attrgetter("name")(p) for p in people])
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6)), operator.sub(10, 3), operator.truediv(7, 2))
print(operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-2), operator.not_([]))
print(operator.eq(1, 1.0), operator.lt("a", "b"), operator.ge(2, 3), operator.contains([1, 2], 2), operator.getitem("abc", 1))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.lshift(1, 5), operator.truth(0), operator.is_(None, None))
for bad in [lambda: itemgetter(), lambda: itemgetter(5)([1]), lambda: itemgetter(1)(), lambda: attrgetter(1),
            lambda: attrgetter("nope")(people[0]), lambda: operator.add(1), lambda: itemgetter("a")({})]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
