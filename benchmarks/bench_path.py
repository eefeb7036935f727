"""Path queries: our A* against the ``pathfinding`` package and tcod, on the same grid (DESIGN.md §8).

Protocol: a seeded 200x200 grid with ~25 % walls; 8 directions, no corner cutting, cost 1 and sqrt(2) for
every contender; 20 seeded start/goal pairs far apart in the grid's largest connected region; cold queries
(nothing carried from one pair to the next but preallocated scratch). ``pathfinding``: its ``Grid`` built
once, ``grid.cleanup()`` before each query as its docs say (counted in its time), ``AStarFinder`` with
``DiagonalMovement.only_when_no_obstacle``. tcod: ``tcod.path.AStar`` over a prebuilt cost array cuts corners
(it steps diagonally past walls; no option turns that off), so the contender with the *same* connectivity is
tcod's A* ``Pathfinder`` over a prebuilt ``CustomGraph`` whose diagonal edges carry the no-corner-cutting
condition (edge costs 70/99, tcod's own octile integers); its ratio is ``path_query.vs_tcod``. The
corner-cutting ``tcod.path.AStar`` is timed too, for reference, as ``path_query.vs_tcod_astar``. Every
contender's path is checked: valid steps under our rules (tcod.path.AStar excepted) and the same cost as ours.
"""

from __future__ import annotations

import itertools
import math
import random
import statistics
import time
from dataclasses import replace

from benchmarks.common import Result, skipped, spread
from game.ai.nav import DIRECTIONS, SQRT2, FlowField, NavGrid

SIZE = 200
WALLS = 0.25
PAIRS = 20
ROUNDS = 5
SEED = 20261125


def make_grid(seed: int = SEED, size: int = SIZE, walls: float = WALLS) -> NavGrid:
    """A seeded square grid with a share of random walls."""
    rng = random.Random(seed)
    return NavGrid(size, size, bytes(0 if rng.random() < walls else 1 for _ in range(size * size)))


def far_pairs(nav: NavGrid, seed: int = SEED, count: int = PAIRS) -> list[tuple[int, int]]:
    """Seeded start/goal pairs in the largest connected region, at least 60 % of the map's side apart."""
    rng = random.Random(seed + 1)
    region: list[int] = []
    seen = bytearray(nav.size)
    field = FlowField(nav)
    for i in range(nav.size):
        if nav.passable[i] and not seen[i]:
            field.recompute(i)
            for j in field.touched:
                seen[j] = 1
            if len(field.touched) > len(region):
                region = list(field.touched)
    region.sort()
    pairs: list[tuple[int, int]] = []
    while len(pairs) < count:
        a, b = rng.choice(region), rng.choice(region)
        if nav.heuristic(a, b) >= 0.6 * nav.width * SQRT2:
            pairs.append((a, b))
    return pairs


def check_path(nav: NavGrid, path: list[int], start: int, goal: int) -> None:
    """Raise when ``path`` is not a legal walk from start to goal under our rules."""
    if not path or path[0] != start or path[-1] != goal:
        raise AssertionError("path does not join start and goal")
    steps = {(dy * nav.width + dx) for dx, dy in DIRECTIONS}
    for a, b in itertools.pairwise(path):
        if b - a not in steps or not nav.passable[b]:
            raise AssertionError(f"illegal step {a}->{b}")
        if nav.xs[a] != nav.xs[b] and nav.ys[a] != nav.ys[b]:
            side1 = nav.ys[a] * nav.width + nav.xs[b]
            side2 = nav.ys[b] * nav.width + nav.xs[a]
            if not (nav.passable[side1] and nav.passable[side2]):
                raise AssertionError(f"diagonal {a}->{b} cuts a corner")


def _ms(fn: object, *args: object) -> tuple[float, object]:
    start = time.perf_counter()
    out = fn(*args)  # type: ignore[operator]
    return (time.perf_counter() - start) * 1000.0, out


def run() -> list[Result]:
    """Time the three contenders on the same 20 pairs and report ratios (peer time / our time)."""
    names = ("path_query.vs_pathfinding", "path_query.vs_tcod")
    try:
        import numpy as np
        import tcod.path
        from pathfinding.core.diagonal_movement import DiagonalMovement
        from pathfinding.core.grid import Grid as PFGrid
        from pathfinding.finder.a_star import AStarFinder
    except ImportError as exc:
        return [skipped(n, "x", f"needs the dev extra ({exc.name})") for n in names]

    nav = make_grid()
    pairs = far_pairs(nav)
    w, h = nav.width, nav.height
    rows = [[int(nav.passable[y * w + x]) for x in range(w)] for y in range(nav.height)]
    pf_grid = PFGrid(matrix=rows)
    pf_finder = AStarFinder(diagonal_movement=DiagonalMovement.only_when_no_obstacle)

    cost_yx = np.array(rows, dtype=np.int8)
    graph = tcod.path.CustomGraph(cost_yx.shape)
    open_ = cost_yx.astype(bool)
    for dx, dy in DIRECTIONS:
        if dx and dy:
            # A diagonal edge leaves a tile only when both orthogonal neighbours are open (no corner cutting).
            side_x = np.zeros_like(open_)
            side_y = np.zeros_like(open_)
            side_x[:, max(0, -dx) : w - max(0, dx)] = open_[:, max(0, dx) : w - max(0, -dx)]
            side_y[max(0, -dy) : h - max(0, dy), :] = open_[max(0, dy) : h - max(0, -dy), :]
            graph.add_edge((dy, dx), 99, cost=cost_yx, condition=side_x & side_y)
        else:
            graph.add_edge((dy, dx), 70, cost=cost_yx)
    graph.set_heuristic(cardinal=70, diagonal=99)
    tcod_astar = tcod.path.AStar(cost_yx.T.copy(), diagonal=SQRT2)

    def ours(a: int, b: int) -> list[int]:
        return nav.find_path(a, b)

    def pathfinding(a: int, b: int) -> list[int]:
        pf_grid.cleanup()
        found, _runs = pf_finder.find_path(pf_grid.node(a % w, a // w), pf_grid.node(b % w, b // w), pf_grid)
        return [n.y * w + n.x for n in found]

    def tcod_graph(a: int, b: int) -> list[int]:
        finder = tcod.path.Pathfinder(graph)
        finder.add_root((a // w, a % w))
        return [int(y) * w + int(x) for y, x in finder.path_to((b // w, b % w)).tolist()]

    def tcod_cutting(a: int, b: int) -> list[int]:
        return [a] + [y * w + x for x, y in tcod_astar.get_path(a % w, a // w, b % w, b // w)]

    contenders = {"ours": ours, "pathfinding": pathfinding, "tcod": tcod_graph, "tcod_astar": tcod_cutting}
    times: dict[str, list[float]] = {k: [] for k in contenders}
    expanded: list[int] = []
    for a, b in pairs:
        reference = nav.path_cost(ours(a, b))
        expanded.append(sum(1 for stamp in nav._closed if stamp == nav._gen))
        for key, fn in contenders.items():
            samples = []
            for _ in range(ROUNDS):
                ms, path = _ms(fn, a, b)
                samples.append(ms)
            assert isinstance(path, list)
            if key != "tcod_astar":
                check_path(nav, path, a, b)
                if not math.isclose(nav.path_cost(path), reference, rel_tol=1e-6):
                    raise AssertionError(
                        f"{key} found a path of cost {nav.path_cost(path)}, ours {reference}"
                    )
            times[key].append(statistics.median(samples))

    ours_med = statistics.median(times["ours"])
    ours_mean = statistics.fmean(times["ours"])

    def row(name: str, key: str, target: str, need: float) -> Result:
        ratio = statistics.median(times[key]) / ours_med
        return Result(
            name=name,
            unit="ms",
            median=ours_med,
            mean=ours_mean,
            max=max(times["ours"]),
            min=min(times["ours"]),
            spread=spread(times["ours"]),
            ratio=ratio,
            target=target,
            met=ratio >= need,
            note=f"peer median {statistics.median(times[key]):.3f} ms over {PAIRS} pairs; our A* expands"
            f" {statistics.median(expanded):.0f} tiles per query (median)",
        )

    return [
        row("path_query.vs_pathfinding", "pathfinding", ">= 20x", 20.0),
        row("path_query.vs_tcod", "tcod", ">= 1x (same connectivity)", 1.0),
        replace(
            row("path_query.vs_tcod_astar", "tcod_astar", "reference: tcod.path.AStar cuts corners", 0.0),
            met=None,
        ),
    ]


if __name__ == "__main__":
    for r in run():
        print(r)
