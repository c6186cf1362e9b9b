class Queue:
    def __init__(self, capacity):
        self.buf = [None] * capacity
        self.head = self.tail = self.size = 0

    def enqueue(self, x):
        if self.size == len(self.buf):
            raise OverflowError("queue full")
        self.buf[self.tail] = x
        self.tail = (self.tail + 1) % len(self.buf)
        self.size += 1

    def dequeue(self):
        if self.size == 0:
            raise LookupError("queue empty")
        x = self.buf[self.head]
        self.buf[self.head] = None
        self.head = (self.head + 1) % len(self.buf)
        self.size -= 1
        return x

    def __repr__(self):
        items = [self.buf[(self.head + i) % len(self.buf)] for i in range(self.size)]
        return f"Queue({items}, cap={len(self.buf)})"


q = Queue(3)
ops = ["+a", "+b", "-", "+c", "+d", "+e", "-", "-", "-", "-"]
for op in ops:
    try:
        if op.startswith("+"):
            q.enqueue(op[1:])
            print(f"enqueue {op[1:]} -> {q}")
        else:
            print(f"dequeue {q.dequeue()!r} -> {q}")
    except (OverflowError, LookupError) as e:
        print(f"{op}: {e.__class__.__name__}({e})")
print(q.buf, q.head, q.tail, issubclass(KeyError, LookupError), issubclass(OverflowError, ArithmeticError))
