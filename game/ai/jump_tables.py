"""Query-independent tables for jump point search (jump.py): jump distances and octile-distance keys.

Both live in jump.py's padded index space ``p = (y + 1) * S + x + 1`` (a blocked border; ``S >= 2 * width -
1``). Costs are integers: ``STRAIGHT`` = 2**22 and ``DIAGONAL`` = round(sqrt(2) * 2**22).
"""

from __future__ import annotations

import math

SCALE_BITS = 22
STRAIGHT = 1 << SCALE_BITS
DIAGONAL = round(math.sqrt(2.0) * STRAIGHT)
TIE_BITS = 6
"""Bits of a heap key below f: h in whole tiles, capped, so that among equal f the entry nearer the goal wins."""

STEPS: tuple[tuple[int, int], ...] = ((0, -1), (1, 0), (0, 1), (-1, 0), (1, -1), (1, 1), (-1, 1), (-1, -1))
"""Direction k: four straight (N E S W), then four diagonal (NE SE SW NW); the order of nav.DIRECTIONS."""
PARTS = ((1, 0), (1, 2), (3, 2), (3, 0))
"""The straight parts (horizontal, vertical) of each diagonal direction 4..7."""


def jump_distances(width: int, height: int, s: int, free: bytearray) -> list[list[int]]:
    """Per direction and tile: k > 0 when a jump point is k steps away, else -k free steps before a wall."""
    n = len(free)
    jump = [[0] * n for _ in range(8)]
    rows = range(1, height + 1)
    for e in range(4):
        dx, dy = STEPS[e]
        step = dy * s + dx
        side = dx * s - dy
        table = jump[e]
        order = [
            p
            for y in (reversed(rows) if step > 0 else rows)
            for p in (range(y * s + width, y * s, -1) if step > 0 else range(y * s + 1, y * s + width + 1))
        ]
        for p in order:
            q = p + step
            if not free[p] or not free[q]:
                continue
            if (free[q + side] and not free[p + side]) or (free[q - side] and not free[p - side]):
                table[p] = 1
            else:
                k = table[q]
                table[p] = k + 1 if k > 0 else k - 1
    for e in range(4, 8):
        dx, dy = STEPS[e]
        step = dy * s + dx
        h, v = PARTS[e - 4]
        th, tv, table = jump[h], jump[v], jump[e]
        for y in reversed(rows) if dy > 0 else rows:
            for p in range(y * s + 1, y * s + width + 1):
                q = p + step
                if not (free[p] and free[q] and free[p + dx] and free[p + dy * s]):
                    continue
                if th[q] > 0 or tv[q] > 0:
                    table[p] = 1
                else:
                    k = table[q]
                    table[p] = k + 1 if k > 0 else k - 1
    return jump


_HEUR_CACHE: dict[tuple[int, int, int, int, int], list[int]] = {}


def octile_table(width: int, height: int, s: int, shift: int, bits: int) -> tuple[list[int], int]:
    """Octile distance keys by offset from the goal, and the index of offset 0 (shared by same-sized grids).

    A row of the table is symmetric in dx and, on each side of |dx| = |dy|, an arithmetic progression, so it
    is built from ``range`` objects (the tie term grows by one per tile until it is capped)."""
    centre = (height - 1) * s + width - 1
    cache_key = (width, height, s, shift, bits)
    table = _HEUR_CACHE.get(cache_key)
    if table is None:
        cap = (1 << TIE_BITS) - 1
        st, dg, one = STRAIGHT << shift, DIAGONAL << shift, 1 << bits
        table = [0] * ((2 * height - 1) * s)
        for ay in range(height):
            # |dx| <= ay: (ay - ax) straight + ax diagonal, tie min(cap, ay).
            near = range(ay * st + min(cap, ay) * one, ay * dg + min(cap, ay) * one + 1, dg - st)
            near = near[: min(ay, width - 1) + 1]
            # ay < |dx|: (ax - ay) straight + ay diagonal, tie min(cap, ax).
            base = ay * (dg - st)
            lo = ay + 1
            mid = min(max(cap, lo), width)
            far = list(range(base + lo * (st + one), base + mid * (st + one), st + one))
            if mid < width:
                far += range(base + mid * st + cap * one, base + width * st + cap * one, st)
            right = [*near, *far]
            row = [*right[:0:-1], *right]
            for dy in (ay, -ay) if ay else (0,):
                at = (dy + height - 1) * s
                table[at : at + 2 * width - 1] = row
        _HEUR_CACHE.clear()  # one size at a time: maps are loaded one after another
        _HEUR_CACHE[cache_key] = table
    return table, centre


def clear_cache() -> None:
    """Forget the octile tables shared by same-sized grids (a benchmark times a build from nothing)."""
    _HEUR_CACHE.clear()
