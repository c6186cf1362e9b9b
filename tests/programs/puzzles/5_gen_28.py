class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push_front(x)

    def push_front(self, value):
        self.head = Node(value, self.head)
        self.size += 1
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def remove(self, value):
        prev, cur = None, self.head
        while cur:
            if cur.value == value:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.size -= 1
                return True
            prev, cur = cur, cur.next
        return False

    def __str__(self):
        return " -> ".join(map(str, self)) or "(empty)"

ll = LinkedList([1, 2, 3, 4, 5])
print(ll, ll.size)
ll.reverse()
print(ll)
print(ll.remove(3), ll.remove(42), ll.remove(5), ll, ll.size)
print(sum(ll), list(ll), 2 in ll, 9 in ll)
print(LinkedList())
