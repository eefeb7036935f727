"""Bake path hierarchies for maps where they are quicker: ``python -m tools.bake_nav [--force] MAP_OR_DIR...``.

For each map's grids (walking, the dream's walking when it differs, and flying where a Cube hunts) this builds
a contraction hierarchy (game/ai/contraction.py; seconds per grid), times seeded uncapped queries by it and by
jump point search on the same pairs (per pair the best of three, then the median), checks that the
hierarchy's paths are legal walks of the same cost, and keeps it only where its median is at least MARGIN
times lower (``--margin``; ``--force`` keeps every one).
What is kept goes to ``<map>.nav`` beside the map, which the game reads with the map; when nothing is kept, an
old bake is removed. On open maps jump point search wins (it jumps far between stops); hierarchies pay off on
noisy ones, where it stops every few tiles.

Exit codes: 0 done; 1 a hierarchy disagreed with jump point search (a bug: that map's bake is neither written
nor removed; the other maps are baked); 2 bad input.
"""

from __future__ import annotations

import argparse
import math
import random
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

from game.ai.contraction import build_hierarchy
from game.ai.hierarchy import Hierarchy
from game.ai.nav import NavGrid, level_grids
from game.content.diagnostics import ContentError, Severity
from game.content.navbake import bake_path, write_bake
from game.content.tiled import read_map

PAIRS = 40
SEED = 7
MARGIN = 1.25
"""A hierarchy is kept only when its median query is at least this many times quicker: a bake costs a file and
its reading, and timings of near-equals flip between runs."""


def query_ms(nav: NavGrid, pairs: list[tuple[int, int]]) -> tuple[float, list[float]]:
    """Median over pairs of the best of three timings of ``nav.find_path``, and each pair's path cost (inf
    for no path or an illegal one)."""
    times, costs = [], []
    for a, b in pairs:
        best = math.inf
        for _ in range(3):
            start = time.perf_counter()
            path = nav.find_path(a, b)
            best = min(best, time.perf_counter() - start)
        times.append(best * 1000.0)
        joins = bool(path) and path[0] == a and path[-1] == b and nav.is_walk(path)
        costs.append(nav.path_cost(path) if joins else math.inf)
    return statistics.median(times), costs


def seeded_pairs(nav: NavGrid, count: int, seed: int) -> list[tuple[int, int]]:
    """Start/goal pairs of open tiles in one region, seeded."""
    rng = random.Random(seed)
    opens = [i for i in range(nav.size) if nav.passable[i]]
    jump = nav.jump_grid()
    pairs: list[tuple[int, int]] = []
    for _ in range(count * 20):
        if len(pairs) == count or len(opens) < 2:
            break
        a, b = rng.sample(opens, 2)
        if jump.connected(a, b):
            pairs.append((a, b))
    return pairs


def bake_map(path: Path, force: bool, pairs: int, margin: float, out: list[str]) -> int:
    """Bake one map; append a line per grid to ``out``; return 1 when a hierarchy disagreed, else 0."""
    parsed, level = read_map(path)
    # The bake being replaced may be unreadable (M034); anything else wrong with the map stops here.
    errors = [d for d in parsed.diagnostics if d.severity is Severity.ERROR and d.code != "M034"]
    if errors:
        raise ContentError(errors)
    level = replace(level, nav_bakes={})
    kept: list[Hierarchy] = []
    seen: set[bytes] = set()
    for name, nav in level_grids(level).items():
        if nav.digest in seen:
            continue  # the dream walks like reality: one grid
        seen.add(nav.digest)
        started = time.perf_counter()
        hierarchy = build_hierarchy(nav.width, nav.height, nav.passable)
        build_s = time.perf_counter() - started
        chosen = seeded_pairs(nav, pairs, SEED)
        if not chosen:
            out.append(f"{path}: {name}: no two tiles joined by a path to time -> not kept")
            continue
        jps_ms, jps_costs = query_ms(nav, chosen)
        baked = NavGrid(nav.width, nav.height, nav.passable)
        baked.use_hierarchy(hierarchy)
        ch_ms, ch_costs = query_ms(baked, chosen)
        wrong = [
            i for i, (a, b) in enumerate(zip(jps_costs, ch_costs, strict=True)) if not math.isclose(a, b)
        ]
        if wrong:
            a, b = chosen[wrong[0]]
            out.append(
                f"{path}: {name}: the hierarchy's path {a}->{b} costs {ch_costs[wrong[0]]}, not {jps_costs[wrong[0]]}"
            )
            return 1
        keep = force or ch_ms * margin <= jps_ms
        if keep:
            kept.append(hierarchy)
        out.append(
            f"{path}: {name} {nav.width}x{nav.height}: hierarchy {ch_ms:.3f} ms, jump point search {jps_ms:.3f} ms"
            f" per query (median of {len(chosen)}); built in {build_s:.1f} s, {hierarchy.edges} edges"
            f" -> {'kept' if keep else 'not kept'}"
        )
    target = bake_path(path)
    if kept:
        size = write_bake(target, kept)
        out.append(f"{target}: {len(kept)} hierarchies, {size / 1024:.0f} KiB")
    elif target.exists():
        target.unlink()
        out.append(f"{target}: removed (no grid of this map answers {margin}x quicker by a hierarchy)")
    else:
        out.append(f"{path}: nothing baked (no grid of this map answers {margin}x quicker by a hierarchy)")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Bake the maps named (directories: every .tmx in them)."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("maps", nargs="+", type=Path)
    parser.add_argument("--force", action="store_true", help="keep every hierarchy, quicker or not")
    parser.add_argument("--pairs", type=int, default=PAIRS, help=f"queries timed per grid (default {PAIRS})")
    parser.add_argument(
        "--margin", type=float, default=MARGIN, help=f"how much quicker to keep (default {MARGIN})"
    )
    args = parser.parse_args(argv)
    if args.pairs < 1 or not args.margin > 0:
        print("--pairs must be at least 1 and --margin above 0", file=sys.stderr)
        return 2
    paths: list[Path] = []
    for given in args.maps:
        if given.is_dir():
            paths.extend(sorted(given.glob("*.tmx")))
        elif given.suffix.lower() == ".tmx" and given.exists():
            paths.append(given)
        else:
            print(f"{given}: not a .tmx map or a directory of maps", file=sys.stderr)
            return 2
    status = 0
    for path in paths:
        lines: list[str] = []
        try:
            status = max(status, bake_map(path, args.force, args.pairs, args.margin, lines))
        except ContentError as exc:
            print(exc, file=sys.stderr)
            return 2
        finally:
            print("\n".join(lines), flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
