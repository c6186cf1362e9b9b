# heapq and bisect with a user __lt__: the comparisons CPython makes, in its order.
import heapq
import bisect

log = []


class Job:
    def __init__(self, p):
        self.p = p

    def __lt__(self, other):
        log.append((self.p, other.p))
        return self.p < other.p

    def __repr__(self):
        return f"Job({self.p})"


h = []
for p in [5, 2, 8, 1, 9, 3]:
    heapq.heappush(h, Job(p))
print(h, log)
log.clear()
print(heapq.heappop(h), h, log)
log.clear()
jobs = [Job(p) for p in [7, 3, 9, 1, 4, 8, 2]]
heapq.heapify(jobs)
print(jobs, log)
log.clear()
print(heapq.heappushpop(jobs, Job(5)), log)
log.clear()
print(bisect.bisect_left(sorted(jobs), Job(4)), log)
