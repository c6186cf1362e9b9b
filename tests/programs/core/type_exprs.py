# Type expressions: what annotations evaluate to (types.GenericAlias, types.UnionType).
import collections


class Node:
    pass


a = list[int]
print(a, dict[str, list[int]], tuple[int, ...], tuple[()], type[Node], set[frozenset[str]])
print(collections.deque[int], collections.defaultdict[str, int], collections.OrderedDict[str, int], collections.Counter[str])
print(a.__origin__, a.__args__, a.__parameters__, dict[str, int].__args__)
print(a == list[int], a != list[int], a == list[str], a == list, list[int, str] == list[int, str])
print(a(), a("xy"), dict[str, int](k=1), tuple[int, ...]([1, 2]))

u = int | None
print(u, u.__args__, None | int, int | str | int, (int | str) | (str | float), int | int)
print(u == (None | int), u == (int | str), (int | str) == (str | int), int | list[int])
print(isinstance(3, int | str), isinstance("s", int | str), isinstance(None, int | None), isinstance(2.0, int | str))
print(issubclass(bool, int | str), issubclass(float, Node | int))

try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
print(isinstance(3, int | list[int]))
try:
    isinstance([], int | list[int])
except TypeError as e:
    print("TypeError:", e)
try:
    int | 3
except TypeError as e:
    print("TypeError:", e)
try:
    u()
except TypeError as e:
    print("TypeError:", e)


def f(xs: list[int], m: dict[str, int] | None = None) -> tuple[int, int]:
    return len(xs), len(m or {})


print(f([1, 2]), f.__annotations__)


class Graph:
    edges: dict[int, list[int]]
    name: str | None = None

    def add(self, a: int, b: int) -> "Graph":
        self.edges.setdefault(a, []).append(b)
        return self


g = Graph()
g.edges = {}
print(g.add(1, 2).add(1, 3).edges, Graph.__annotations__)

# A type's __name__ and __module__ split a dotted tp_name; the collections and functools
# types name their modules.
import functools

print(type(list[int]).__name__, type(list[int]).__qualname__, type(int | None).__module__)
print(collections.deque.__module__, collections.defaultdict.__module__, collections.Counter.__module__)
print(type(functools.partial(print)).__module__, type(functools.partial(print)).__name__, int.__module__)

# Both are containers the collector tracks.
import gc

print(gc.is_tracked(list[int]), gc.is_tracked(int | None), gc.is_tracked(int))
