"""Connected regions of a padded passability grid (see jump.py for the layout)."""

from __future__ import annotations


def region_labels(width: int, height: int, s: int, free: bytearray) -> list[int]:
    """Connected regions, numbered from 1 (0 for walls). A legal diagonal step has both straight neighbours
    open, so 8-way regions without corner cutting are the 4-way regions: runs of open tiles in a row, joined
    to the runs they touch in the row above (union-find over runs, then one slice per run)."""
    root: list[int] = []

    def find(r: int) -> int:
        while root[r] != r:
            root[r] = root[root[r]]
            r = root[r]
        return r

    runs: list[tuple[int, int, int]] = []  # (row start index, start, end) per run, in order
    above: list[tuple[int, int, int]] = []  # (start, end, run id) of the previous row
    for y in range(1, height + 1):
        row = y * s
        here: list[tuple[int, int, int]] = []
        x = free.find(1, row + 1, row + width + 1)
        k = 0
        while x >= 0:
            end = free.find(0, x, row + width + 1)
            if end < 0:
                end = row + width + 1
            a, b = x - row, end - row
            rid = len(root)
            root.append(rid)
            while k < len(above) and above[k][1] <= a:
                k += 1
            j = k
            while j < len(above) and above[j][0] < b:
                ra, rb = find(above[j][2]), find(rid)
                if ra != rb:
                    root[max(ra, rb)] = min(ra, rb)
                j += 1
            here.append((a, b, rid))
            runs.append((row, a, b))
            x = free.find(1, end, row + width + 1)
        above = here
    comp = [0] * len(free)
    labels: dict[int, int] = {}
    for rid, (row, a, b) in enumerate(runs):
        label = labels.setdefault(find(rid), len(labels) + 1)
        comp[row + a : row + b] = [label] * (b - a)
    return comp
