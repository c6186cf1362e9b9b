graph = {
    "A": ["B", "C"],
    "B": ["D", "E"],
    "C": ["F"],
    "D": [],
    "E": ["F", "G"],
    "F": ["H"],
    "G": ["H"],
    "H": [],
}

def bfs(start):
    order, seen, queue = [], {start}, [start]
    dist = {start: 0}
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nb in graph[node]:
            if nb not in seen:
                seen.add(nb)
                dist[nb] = dist[node] + 1
                queue.append(nb)
    return order, dist

def dfs(node, visited=None):
    if visited is None:
        visited = []
    visited.append(node)
    for nb in graph[node]:
        if nb not in visited:
            dfs(nb, visited)
    return visited

def shortest_path(start, goal):
    queue = [[start]]
    while queue:
        path = queue.pop(0)
        if path[-1] == goal:
            return path
        for nb in graph[path[-1]]:
            queue.append(path + [nb])
    return None

order, dist = bfs("A")
print("BFS:", " -> ".join(order))
print("dist:", dist)
print("DFS:", dfs("A"))
print(shortest_path("A", "H"), shortest_path("D", "A"))
print(sorted(n for n, d in dist.items() if d == 2))
