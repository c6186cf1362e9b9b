# The typing module's common names, as annotations use them (Lib/typing.py).
import typing
from typing import Any, Callable, DefaultDict, Deque, Dict, Iterable, List, Optional, Set, Tuple, Union
import collections


class ListNode:
    def __init__(self, val: int = 0, next: Optional["ListNode"] = None):
        self.val = val
        self.next = next


def two_sum(nums: List[int], target: int) -> List[int]:
    seen: Dict[int, int] = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return [seen[target - n], i]
        seen[n] = i
    return []


def walk(head: Optional[ListNode]) -> List[int]:
    out = []
    while head:
        out.append(head.val)
        head = head.next
    return out


print(two_sum([2, 7, 11, 15], 9), walk(ListNode(1, ListNode(2))))
print(two_sum.__annotations__)
print(ListNode.__init__.__annotations__)
print(List, Dict, Optional, Union, Any, Callable, Tuple, typing.Iterator)
print(List[int], Dict[str, List[int]], Set[str], Tuple[int, ...], Tuple[()], Tuple[int, str])
print(Optional[int], Union[int, str], Union[int, None], Union[int, str, None], Union[int], Optional["ListNode"])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None], Iterable[Tuple[int, int]])
print(DefaultDict[str, List[int]], Deque[int], typing.Counter[str], typing.Generator[int, None, None])
print(Union[int, Union[str, float]], Union[int, int], Optional[Optional[int]])
print(List[int] == List[int], List[int] == list[int], Optional[int] == Union[int, None], Optional[int] == int | None)
print(Union[int, str] == Union[str, int], List is typing.List, List[int].__origin__, List[int].__args__)
print(Optional[int].__args__, Dict.__origin__, Optional[int].__origin__)
print(List[int] | None, int | List[int], Optional[int] | str, List | None)
print(isinstance([], List), isinstance((), Tuple), isinstance({}, Dict), isinstance(3, Optional[int]), isinstance("s", Union[int, str]))
print(typing.TYPE_CHECKING, type(List[int]), type(Optional[int]), type(List))
for bad in (lambda: isinstance([], List[int]), lambda: isinstance(3, Any), lambda: List(), lambda: List[int](), lambda: Dict()):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
d = DefaultDict[str, int](int)
d["a"] += 1
print(d, Deque[int]([1, 2]))
