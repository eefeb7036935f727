"""Contraction hierarchies (baked uncapped queries): optimal and legal, the bake's format, the map edge that
reads it, ``check``'s warnings and the bake tool."""

from __future__ import annotations

import math
import random
import shutil
import zlib
from pathlib import Path

import pytest

from game.ai.hierarchy import MAGIC, BakeError, Hierarchy, build_hierarchy
from game.ai.nav import FlowField, NavGrid, level_grids
from game.ai.plan import level_from_plan, random_plan
from game.content.check_maps import check_map
from game.content.diagnostics import ContentError, Severity
from game.content.navbake import bake_path, read_bake, write_bake
from game.content.tiled import load_level
from tests.test_ai_nav_jump import legal
from tools import bake_nav

ROOT = Path(__file__).resolve().parent.parent
MAPS = ROOT / "tests" / "fixtures" / "maps"


def noisy(seed: int, width: int, height: int, walls: float) -> NavGrid:
    rng = random.Random(seed)
    return NavGrid(width, height, bytes(0 if rng.random() < walls else 1 for _ in range(width * height)))


def baked(nav: NavGrid) -> NavGrid:
    """A copy of ``nav`` answering uncapped queries by its hierarchy, read back from the bake's bytes."""
    out = NavGrid(nav.width, nav.height, nav.passable)
    out.use_hierarchy(Hierarchy.from_bytes(build_hierarchy(nav.width, nav.height, nav.passable).to_bytes()))
    return out


@pytest.mark.parametrize(("seed", "walls"), [(1, 0.0), (2, 0.1), (3, 0.25), (4, 0.4), (5, 0.55)])
def test_paths_are_shortest_and_legal_at_any_wall_density(seed: int, walls: float) -> None:
    nav = noisy(seed, 23, 17, walls)
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
        assert path[0] == a and path[-1] == b and legal(nav, path)
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
                assert legal(nav, quick) and math.isclose(
                    nav.path_cost(quick), nav.path_cost(slow), rel_tol=1e-12
                )


def test_shortcuts_stand_for_paths_and_the_hierarchy_is_smaller_than_a_search() -> None:
    nav = noisy(8, 40, 30, 0.25)
    hierarchy = build_hierarchy(nav.width, nav.height, nav.passable)
    assert 0 < hierarchy.shortcuts < hierarchy.edges
    # Every tile keeps its edges towards higher ranks only: each original edge is kept once, not twice.
    singles = sum(len(nav.moves[nav.mask[i]]) for i in range(nav.size) if nav.passable[i]) // 2
    assert hierarchy.edges - hierarchy.shortcuts <= singles


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
    nav = noisy(1, 12, 9, 0.2)
    other = noisy(2, 12, 9, 0.2)
    hierarchy = build_hierarchy(nav.width, nav.height, nav.passable)
    with pytest.raises(ValueError, match="another grid"):
        other.use_hierarchy(hierarchy)


def test_bytes_round_trip_and_broken_bytes_say_what_is_wrong() -> None:
    nav = noisy(4, 16, 12, 0.25)
    data = build_hierarchy(nav.width, nav.height, nav.passable).to_bytes()
    again = Hierarchy.from_bytes(data)
    assert again.to_bytes() == data and again.digest == nav.digest
    cases = {
        b"XXXX" + data[4:]: "no RFCH header",
        data[:4] + (9).to_bytes(2, "little") + data[6:]: "format version 9",
        data[:-3]: "truncated",
        data + b"\x00": "bytes after",
    }
    for broken, message in cases.items():
        with pytest.raises(BakeError, match=message):
            Hierarchy.from_bytes(broken)
    assert data.startswith(MAGIC)


def test_bake_files_round_trip_and_refuse_garbage(tmp_path: Path) -> None:
    grids = [noisy(s, 14, 10, 0.3) for s in (1, 2)]
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


def test_an_unreadable_bake_is_an_error_naming_the_file(tmp_path: Path) -> None:
    tmx = fixture_map(tmp_path)
    bake_path(tmx).write_bytes(b"garbage")
    found = check_map(tmx, {"fixture", "forest"})
    assert [d.code for d in found] == ["M034"]
    assert found[0].path.endswith("ok.nav") and "delete it" in found[0].message
    with pytest.raises(ContentError):
        load_level(tmx)


def test_the_bake_tool_keeps_nothing_where_jump_point_search_is_quicker(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tmx = fixture_map(tmp_path)
    bake_path(tmx).write_bytes(b"an old bake")
    # On an open room jump point search answers in one or two jumps; a hierarchy cannot beat that.
    assert bake_nav.main([str(tmx), "--pairs", "20"]) == 0
    out = capsys.readouterr().out
    assert "not kept" in out and "removed" in out
    assert not bake_path(tmx).exists()
    assert bake_nav.main([str(tmp_path / "missing.tmx")]) == 2
