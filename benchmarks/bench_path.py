"""Path queries: ours against the ``pathfinding`` package and tcod, on the same grid (DESIGN.md §8).

Protocol: a seeded 200x200 grid with ~25 % walls; 8 directions, no corner cutting, cost 1 and sqrt(2) for
every contender; 20 seeded start/goal pairs far apart in the grid's largest connected region; cold queries
(nothing carried from one pair to the next but preallocated scratch and each contender's prebuilt grid).
``pathfinding``: its ``Grid`` built once, ``grid.cleanup()`` before each query as its docs say (counted in its
time), ``AStarFinder`` with ``DiagonalMovement.only_when_no_obstacle``. tcod: ``tcod.path.AStar`` over a
prebuilt cost array cuts corners (it steps diagonally past walls; no option turns that off), so the contender
with the *same* connectivity is tcod's A* ``Pathfinder`` over a prebuilt ``CustomGraph`` whose diagonal edges
carry the no-corner-cutting condition (edge costs 70/99, tcod's own octile integers); its ratio is
``path_query.vs_tcod``. The corner-cutting ``tcod.path.AStar`` is timed too, for reference, as
``path_query.vs_tcod_astar``. Every contender's path is checked: valid steps under our rules (tcod.path.AStar
excepted) and the same cost as ours. Each query runs ROUNDS times in a row; a pair's figure is the median.

Ours is ``NavGrid.find_path(a, b)`` as the game calls it uncapped on a map without a bake, which is every
shipped map (no ``levels/*.nav`` is baked: on their open ground a hierarchy is no quicker): jump point search
over JPS+ tables (game/ai/jump.py). Its rows carry the targets: ``path_query.vs_pathfinding`` and
``path_query.vs_tcod``, with ``path_query.vs_tcod_astar`` for reference. The tables are built before the
first query (map load); their build is ``path_query.build_ms`` (median of BUILDS fresh builds, the peers'
builds in its note). The contraction hierarchy (game/ai/hierarchy.py, what ``python -m tools.bake_nav`` bakes
where it is quicker) is timed as a reference: ``path_query.hierarchy_vs_pathfinding`` and
``path_query.hierarchy_vs_tcod``; the bench builds it, writes it to the bake's bytes, reads it back and warms
the grid with one query; its build is ``path_query.bake_ms``. ``path_query.astar_vs_pathfinding`` times our A*,
which capped and partial queries still run, for reference.

The figures and what they mean: benchmarks/README.md.
"""

from __future__ import annotations

import math
import random
import statistics
import time
from collections.abc import Callable
from dataclasses import replace

from benchmarks.common import Result, skipped, spread
from game.ai import jump
from game.ai.contraction import build_hierarchy
from game.ai.hierarchy import Hierarchy
from game.ai.nav import DIRECTIONS, SQRT2, FlowField, NavGrid

SIZE = 200
WALLS = 0.25
PAIRS = 20
ROUNDS = 5
BUILDS = 3
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
    """Raise when ``path`` is not a legal walk from start to goal under our rules (``NavGrid.is_walk``)."""
    if not path or path[0] != start or path[-1] != goal:
        raise AssertionError("path does not join start and goal")
    if not nav.is_walk(path):
        raise AssertionError(f"illegal walk {path}")


def _ms(fn: Callable[..., object], *args: object) -> tuple[float, object]:
    start = time.perf_counter()
    out = fn(*args)
    return (time.perf_counter() - start) * 1000.0, out


def build_ms(nav: NavGrid) -> float:
    """Median wall time of building the grid's jump tables from nothing (no cached heuristic table)."""
    samples = []
    for _ in range(BUILDS):
        fresh = NavGrid(nav.width, nav.height, nav.passable)
        jump.clear_cache()
        ms, _ = _ms(fresh.jump_grid)
        samples.append(ms)
    return statistics.median(samples)


def run() -> list[Result]:
    """Time the contenders on the same 20 pairs and report ratios (peer time / our time) and our build."""
    names = ("path_query.vs_pathfinding", "path_query.vs_tcod")  # what an absent optional peer skips
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
    pf_build, pf_grid = _ms(lambda: PFGrid(matrix=rows))
    assert isinstance(pf_grid, PFGrid)
    pf_finder = AStarFinder(diagonal_movement=DiagonalMovement.only_when_no_obstacle)

    def tcod_graph_build() -> tcod.path.CustomGraph:
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
        return graph

    tcod_build, graph = _ms(tcod_graph_build)
    assert isinstance(graph, tcod.path.CustomGraph)
    tcod_astar = tcod.path.AStar(np.array(rows, dtype=np.int8).T.copy(), diagonal=SQRT2)
    ours_build = build_ms(nav)
    nav.jump_grid()
    bake_start = time.perf_counter()
    baked = Hierarchy.from_bytes(build_hierarchy(w, h, nav.passable).to_bytes())
    bake_ms = (time.perf_counter() - bake_start) * 1000.0
    with_bake = NavGrid(w, h, nav.passable)
    with_bake.use_hierarchy(baked)
    with_bake.find_path(
        *pairs[0]
    )  # the first query unpacks the bake's arrays (map load, like the jump tables)

    def ours(a: int, b: int) -> list[int]:  # what the shipped maps run: jump point search
        return nav.find_path(a, b)

    def hierarchy(a: int, b: int) -> list[int]:
        return with_bake.find_path(a, b)

    def astar(a: int, b: int) -> list[int]:
        # A cap the search cannot reach: the A* that capped and partial queries run, searching to the end.
        return nav.find_path(a, b, max_expand=nav.size)

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

    contenders: dict[str, Callable[[int, int], list[int]]] = {
        "ours": ours,
        "baked": hierarchy,
        "astar": astar,
        "pathfinding": pathfinding,
        "tcod": tcod_graph,
        "tcod_astar": tcod_cutting,
    }
    times: dict[str, list[float]] = {k: [] for k in contenders}
    expanded: list[int] = []
    for a, b in pairs:
        reference = nav.path_cost(ours(a, b))
        for key, fn in contenders.items():
            samples = []
            for _ in range(ROUNDS):
                ms, path = _ms(fn, a, b)
                samples.append(ms)
            assert isinstance(path, list)
            if key == "astar":
                expanded.append(sum(1 for stamp in nav._closed if stamp == nav._gen))
            if key != "tcod_astar":
                check_path(nav, path, a, b)
                if not math.isclose(nav.path_cost(path), reference, rel_tol=1e-6):
                    raise AssertionError(
                        f"{key} found a path of cost {nav.path_cost(path)}, ours {reference}"
                    )
            times[key].append(statistics.median(samples))

    def row(name: str, key: str, target: str, need: float, mine: str = "ours") -> Result:
        med = statistics.median(times[mine])
        peer = statistics.median(times[key])
        ratio = peer / med
        return Result(
            name=name,
            unit="ms",
            median=med,
            mean=statistics.fmean(times[mine]),
            max=max(times[mine]),
            min=min(times[mine]),
            spread=spread(times[mine]),
            ratio=ratio,
            target=target,
            met=ratio >= need,
            note=f"peer median {peer:.3f} ms over {PAIRS} pairs",
        )

    astar_note = (
        f"our A* alone, as capped and partial queries run it: {statistics.median(times['astar']):.2f} ms, "
        f"{statistics.median(expanded):.0f} tiles expanded per query (median)"
    )
    jps_vs_tcod = statistics.median(times["tcod"]) / statistics.median(times["ours"])
    baked_note = (
        f"reference, no shipped map is baked: the contraction hierarchy answers in "
        f"{statistics.median(times['baked']):.2f} ms"
    )
    return [
        replace(
            row(
                "path_query.vs_pathfinding",
                "pathfinding",
                ">= 20x (jump point search, as shipped maps)",
                20.0,
            ),
            note=f"jump point search, what every shipped map runs; peer median "
            f"{statistics.median(times['pathfinding']):.3f} ms over {PAIRS} pairs",
        ),
        replace(
            row("path_query.vs_tcod", "tcod", ">= 1x (same connectivity)", 1.0),
            note=f"jump point search: {jps_vs_tcod:.2f}x tcod's same-connectivity A*",
        ),
        replace(
            row("path_query.vs_tcod_astar", "tcod_astar", "reference: tcod.path.AStar cuts corners", 0.0),
            met=None,
        ),
        replace(
            row("path_query.hierarchy_vs_pathfinding", "pathfinding", "reference: a baked map", 0.0, "baked"),
            met=None,
            note=baked_note,
        ),
        replace(
            row("path_query.hierarchy_vs_tcod", "tcod", "reference: a baked map", 0.0, "baked"),
            met=None,
            note=baked_note,
        ),
        replace(
            row(
                "path_query.astar_vs_pathfinding",
                "pathfinding",
                "reference: what capped queries run",
                0.0,
                "astar",
            ),
            met=None,
            note=astar_note,
        ),
        Result(
            name="path_query.build_ms",
            unit="ms",
            median=ours_build,
            target="reference: map load, once per grid",
            note=f"our jump tables, median of {BUILDS} fresh builds; peers' prebuilt structures: pathfinding "
            f"Grid {pf_build:.1f} ms, tcod CustomGraph {tcod_build:.1f} ms",
        ),
        Result(
            name="path_query.bake_ms",
            unit="ms",
            median=bake_ms,
            target="reference: offline (python -m tools.bake_nav), once per map",
            note=f"our contraction hierarchy, built and written to bytes and read back once; {baked.edges} upward "
            f"edges, {baked.shortcuts} of them shortcuts",
        ),
    ]


if __name__ == "__main__":
    for r in run():
        print(r)
