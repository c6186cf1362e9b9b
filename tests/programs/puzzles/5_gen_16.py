def binary_search(arr, target):
    lo, hi = 0, len(arr) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if arr[mid] == target:
            return mid, steps
        elif arr[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps


def bubble_sort(items):
    a = list(items)
    swaps = 0
    for i in range(len(a)):
        swapped = False
        for j in range(len(a) - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swaps += 1
                swapped = True
        if not swapped:
            break
    return a, swaps


data = [3 * i + 1 for i in range(30)]
for t in [1, 46, 88, 89, 50, -3]:
    idx, steps = binary_search(data, t)
    print(f"search {t:>3}: index={idx:>3} steps={steps}")
print(bubble_sort([5, 1, 4, 2, 8, 0, 2]))
print(bubble_sort("python"))
print(bubble_sort([]), bubble_sort([1, 2, 3]))
