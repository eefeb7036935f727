"""Contraction hierarchies (baked uncapped queries): optimal and legal, the bake's format, the map edge that
reads it, ``check``'s warnings and the bake tool."""

from __future__ import annotations

import itertools
import math
import random
import shutil
import zlib
from array import array
from pathlib import Path

import pytest

from game.ai import contraction
from game.ai.contraction import build_hierarchy
from game.ai.hierarchy import BakeError, Hierarchy
from game.ai.jump_tables import DIAGONAL, STRAIGHT
from game.ai.nav import FlowField, NavGrid, level_grids
from game.content.check_maps import check_map
from game.content.diagnostics import Severity
from game.content.navbake import bake_path, read_bake, write_bake
from game.content.tiled import load_level
from tests.support.plan import level_from_plan, random_plan
from tests.test_ai_nav import random_grid
from tools import bake_nav

ROOT = Path(__file__).resolve().parent.parent
MAPS = ROOT / "tests" / "fixtures" / "maps"


def baked(nav: NavGrid) -> NavGrid:
    """A copy of ``nav`` answering uncapped queries by its hierarchy, read back from the bake's bytes."""
    out = NavGrid(nav.width, nav.height, nav.passable)
    out.use_hierarchy(Hierarchy.from_bytes(build_hierarchy(nav.width, nav.height, nav.passable).to_bytes()))
    return out


@pytest.mark.parametrize(("seed", "walls"), [(1, 0.0), (2, 0.1), (3, 0.25), (4, 0.4), (5, 0.55)])
def test_paths_are_shortest_and_legal_at_any_wall_density(seed: int, walls: float) -> None:
    nav = random_grid(seed, 23, 17, walls)
    fast = baked(nav)
    assert fast.hierarchy is not None
    field = FlowField(nav)
    opens = [i for i in range(nav.size) if nav.passable[i]]
    rng = random.Random(seed)
    unreachable = 0
    for _ in range(150):
        a, b = rng.choice(opens), rng.choice(opens)
        field.recompute(b)
        path = fast.find_path(a, b)
        if math.isinf(field.dist[a]):
            unreachable += 1
            assert path == []
            continue
        assert path[0] == a and path[-1] == b and nav.is_walk(path)
        assert math.isclose(nav.path_cost(path), field.dist[a], rel_tol=1e-9, abs_tol=1e-9)
    if walls >= 0.55:
        assert unreachable, "the densest grid should split into regions, or the test does not test []"


def test_paths_on_a_map_of_wall_segments_and_open_ground_match_jump_point_search() -> None:
    level = level_from_plan(random_plan(11, 48, 36))
    for nav in level_grids(level).values():
        fast = baked(nav)
        rng = random.Random(3)
        opens = [i for i in range(nav.size) if nav.passable[i]]
        for _ in range(60):
            a, b = rng.choice(opens), rng.choice(opens)
            slow, quick = nav.find_path(a, b), fast.find_path(a, b)
            assert (slow == []) == (quick == [])
            if quick:
                assert nav.is_walk(quick) and math.isclose(
                    nav.path_cost(quick), nav.path_cost(slow), rel_tol=1e-12
                )


def test_every_edge_unpacks_into_a_legal_walk_of_its_exact_cost() -> None:
    nav = random_grid(8, 40, 30, 0.25)
    hierarchy = build_hierarchy(nav.width, nav.height, nav.passable)
    assert 0 < hierarchy.shortcuts < hierarchy.edges
    offsets, targets, costs = hierarchy._offsets, hierarchy._targets, hierarchy._costs
    for v in range(nav.size):
        for i in range(offsets[v], offsets[v + 1]):
            walk = hierarchy.edge_path(v, targets[i])
            assert walk[0] == v and walk[-1] == targets[i] and nav.is_walk(walk)
            diagonals = sum(1 for a, b in itertools.pairwise(walk) if a % 40 != b % 40 and a // 40 != b // 40)
            assert costs[i] == diagonals * DIAGONAL + (len(walk) - 1 - diagonals) * STRAIGHT


@pytest.mark.parametrize(
    ("width", "height", "cells"),
    [
        (1, 1, "."),
        (3, 2, "######"),
        (9, 1, "........."),
        (1, 7, "...#..."),
        (6, 5, "".join("." if (x + y) % 2 else "#" for y in range(5) for x in range(6))),  # no legal diagonal
        (7, 6, ".......#####.#.....#.#####.#.....#.#######"),
    ],
    ids=["one tile", "all walls", "row", "column split", "checkerboard", "winding"],
)
def test_small_and_odd_grids_over_every_pair(width: int, height: int, cells: str) -> None:
    nav = NavGrid(width, height, bytes(1 if c == "." else 0 for c in cells))
    assert_every_pair(nav, baked(nav))


@pytest.mark.parametrize("limit", [0, 1, 1000])
def test_any_witness_budget_gives_shortest_paths(monkeypatch: pytest.MonkeyPatch, limit: int) -> None:
    monkeypatch.setattr(contraction, "SETTLE_LIMIT", limit)
    nav = random_grid(limit + 3, 14, 11, 0.3)
    assert_every_pair(nav, baked(nav))


def assert_every_pair(nav: NavGrid, fast: NavGrid) -> None:
    """Every ordered pair of open tiles against a Dijkstra map from the goal."""
    field = FlowField(nav)
    opens = [i for i in range(nav.size) if nav.passable[i]]
    for b in opens:
        field.recompute(b)
        for a in opens:
            path = fast.find_path(a, b)
            if math.isinf(field.dist[a]):
                assert path == []
            else:
                assert path[0] == a and path[-1] == b and nav.is_walk(path)
                assert math.isclose(nav.path_cost(path), field.dist[a], rel_tol=1e-9, abs_tol=1e-9)


def test_partial_and_capped_queries_still_run_a_star() -> None:
    walls = bytearray(b"\x01" * 100)
    for y in range(10):
        walls[y * 10 + 5] = 0  # a wall splits the grid in two
    nav = baked(NavGrid(10, 10, walls))
    assert nav.find_path(0, 9) == []
    nearest = nav.find_path(0, 9, partial=True)
    assert nearest and nearest[0] == 0 and nearest[-1] % 10 == 4  # beside the wall, as near as it gets
    capped = nav.find_path(0, 4, max_expand=2)
    assert capped == []  # A*'s budget, not the hierarchy, answers capped queries


def test_a_hierarchy_is_only_used_by_its_own_grid() -> None:
    nav = random_grid(1, 12, 9, 0.2)
    other = random_grid(2, 12, 9, 0.2)
    hierarchy = build_hierarchy(nav.width, nav.height, nav.passable)
    with pytest.raises(BakeError, match="another grid"):
        other.use_hierarchy(hierarchy)
    # A header may claim another size under the right digest: the grid compares both.
    forged = Hierarchy(
        9, 12, nav.digest, hierarchy._offsets, hierarchy._targets, hierarchy._costs, hierarchy._mids
    )
    with pytest.raises(BakeError, match="another grid"):
        nav.use_hierarchy(forged)


def test_a_hierarchy_that_does_not_hold_together_is_refused() -> None:
    nav = random_grid(6, 12, 9, 0.2)
    good = build_hierarchy(nav.width, nav.height, nav.passable)
    offsets, targets, costs = good._offsets, good._targets, good._costs
    shortcut = next(i for i, m in enumerate(good._mids) if m >= 0)
    looped = array("i", good._mids)
    looped[shortcut] = targets[shortcut]  # its middle is one of its ends: unpacking it would never end
    free = array("Q", costs)
    free[0] = 0
    cases = {"not two edges through its middle": looped, "a loop, listed twice or free": good._mids}
    for message, mids in cases.items():
        bad = Hierarchy(
            nav.width, nav.height, nav.digest, offsets, targets, free if mids is good._mids else costs, mids
        )
        with pytest.raises(BakeError, match=message):
            NavGrid(nav.width, nav.height, nav.passable).use_hierarchy(bad)
    walled = bytearray(nav.passable)
    step = next(i for i, m in enumerate(good._mids) if m < 0)
    walled[targets[step]] = 0
    with pytest.raises(BakeError, match="not a legal step"):
        good.validate(walled)


def test_bytes_round_trip_and_broken_bytes_say_what_is_wrong() -> None:
    nav = random_grid(4, 16, 12, 0.25)
    data = build_hierarchy(nav.width, nav.height, nav.passable).to_bytes()
    again = Hierarchy.from_bytes(data)
    assert again.to_bytes() == data and again.digest == nav.digest
    cases = {
        b"XXXX" + data[4:]: "no RFCH header",
        data[:4] + (9).to_bytes(2, "little") + data[6:]: "format version 9",
        data[:-3]: "truncated",
        data + b"\x00": "bytes after",
        data[:8] + bytes(4) + data[12:]: "a grid of 0x12 tiles",
    }
    n = nav.size
    offsets_at = 32  # after the header
    unordered = bytearray(data)
    unordered[offsets_at + 4 : offsets_at + 8] = (1 << 30).to_bytes(4, "little")
    cases[bytes(unordered)] = "offsets are not in order"
    outside = bytearray(data)
    targets_at = offsets_at + 4 * (n + 1)
    outside[targets_at : targets_at + 4] = n.to_bytes(4, "little")
    cases[bytes(outside)] = "outside the grid"
    for broken, message in cases.items():
        with pytest.raises(BakeError, match=message):
            Hierarchy.from_bytes(broken)


def test_bake_files_round_trip_and_refuse_garbage(tmp_path: Path) -> None:
    grids = [random_grid(s, 14, 10, 0.3) for s in (1, 2)]
    path = tmp_path / "m.nav"
    write_bake(path, [build_hierarchy(g.width, g.height, g.passable) for g in grids])
    read = read_bake(path)
    assert set(read) == {g.digest for g in grids}
    path.write_bytes(b"not zlib")
    with pytest.raises(BakeError, match="not zlib"):
        read_bake(path)
    path.write_bytes(zlib.compress(b"RFNV" + (2).to_bytes(2, "little") + bytes(4)))
    with pytest.raises(BakeError, match="bake format 2"):
        read_bake(path)
    write_bake(path, [])
    whole = path.read_bytes()
    path.write_bytes(whole[:-4])
    with pytest.raises(BakeError, match="truncated"):
        read_bake(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.nav"]  # written whole, then moved in place


def fixture_map(tmp_path: Path) -> Path:
    for name in ("ok.tmx", "tiny.tsx", "tiny.png"):
        shutil.copy(MAPS / name, tmp_path / name)
    return tmp_path / "ok.tmx"


def test_the_bake_tool_writes_a_bake_the_map_edge_reads_and_the_ai_uses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tmx = fixture_map(tmp_path)
    assert bake_nav.main([str(tmx), "--force", "--pairs", "10"]) == 0
    assert "kept" in capsys.readouterr().out
    level = load_level(tmx)
    assert len(level.nav_bakes) == 1  # one grid: the fixture has no Cube and one walking view
    grids = level_grids(level)
    assert grids["walk"].hierarchy is not None
    assert check_map(tmx, {"fixture", "forest"}) == []


def test_an_edited_map_warns_that_its_bake_is_stale_and_walks_by_jump_point_search(tmp_path: Path) -> None:
    tmx = fixture_map(tmp_path)
    assert bake_nav.main([str(tmx), "--force", "--pairs", "5"]) == 0
    text = tmx.read_text()
    tmx.write_text(text.replace("2,1,1,1,1,1,1,1,1,2,", "2,1,1,2,1,1,1,1,1,2,", 1))
    found = check_map(tmx, {"fixture", "forest"})
    assert [(d.code, d.severity) for d in found] == [("M035", Severity.WARNING)]
    assert "bake_nav" in found[0].message and found[0].path.endswith("ok.nav")
    assert level_grids(load_level(tmx))["walk"].hierarchy is None


def test_an_unreadable_bake_is_a_warning_and_the_map_plays_without_it(tmp_path: Path) -> None:
    tmx = fixture_map(tmp_path)
    bake_path(tmx).write_bytes(b"garbage")
    found = check_map(tmx, {"fixture", "forest"})
    assert [(d.code, d.severity) for d in found] == [("M034", Severity.WARNING)]
    assert found[0].path.endswith("ok.nav") and "delete it" in found[0].message
    level = load_level(tmx)
    assert not level.nav_bakes and level_grids(level)["walk"].hierarchy is None


def test_a_bake_that_does_not_fit_its_grid_is_a_warning_and_left_out(tmp_path: Path) -> None:
    tmx = fixture_map(tmp_path)
    walk = level_grids(load_level(tmx))["walk"]
    good = build_hierarchy(walk.width, walk.height, walk.passable)
    free = array("Q", good._costs)
    free[0] = 0
    write_bake(
        bake_path(tmx),
        [Hierarchy(walk.width, walk.height, walk.digest, good._offsets, good._targets, free, good._mids)],
    )
    found = check_map(tmx, {"fixture", "forest"})
    assert [(d.code, d.severity) for d in found] == [("M034", Severity.WARNING)]
    assert "walk grid" in found[0].message
    assert level_grids(load_level(tmx))["walk"].hierarchy is None


def test_the_bake_tool_keeps_nothing_that_is_not_quicker_by_its_margin(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tmx = fixture_map(tmp_path)
    bake_path(tmx).write_bytes(b"an old bake")
    # No hierarchy is a thousand times quicker than jump point search: whatever the timings, nothing is kept.
    assert bake_nav.main([str(tmx), "--pairs", "20", "--margin", "1000"]) == 0
    out = capsys.readouterr().out
    assert "not kept" in out and "removed" in out
    assert not bake_path(tmx).exists()
    assert bake_nav.main([str(tmp_path / "missing.tmx")]) == 2
    assert bake_nav.main([str(tmx), "--pairs", "0"]) == 2
