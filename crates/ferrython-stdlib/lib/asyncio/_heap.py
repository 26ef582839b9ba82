"""A binary min-heap on a list with `heapq`'s algorithm (so equal items come out in the same order
as with `heapq`), for the loop's timers and PriorityQueue until `heapq` is available."""


def heappush(heap, item):
    heap.append(item)
    _sift_towards_root(heap, 0, len(heap) - 1)


def heappop(heap):
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    # Move the hole at the root down to a leaf along the smaller children, then put `last`
    # back up where it belongs (fewer comparisons than stopping early, as heapq does).
    end = len(heap)
    pos = 0
    child = 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = last
    _sift_towards_root(heap, 0, pos)
    return top


def _sift_towards_root(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        if not item < heap[parent]:
            break
        heap[pos] = heap[parent]
        pos = parent
    heap[pos] = item
