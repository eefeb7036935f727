"""The Tiled loader: classes from type= and class=, templates with overrides, shapes, groups, views, flags."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from game.content.check_maps import check_map, known_scenes
from game.content.diagnostics import ContentError
from game.content.tiled import load_level, read_map, without_sources
from game.world.level import Level, Shape, TileFlag, View

ROOT = Path(__file__).resolve().parent.parent
MAPS = ROOT / "tests" / "fixtures" / "maps"
SOLID_WALL = TileFlag.SOLID | TileFlag.BLOCKS_SIGHT


@pytest.fixture(scope="module")
def features() -> Level:
    return load_level(MAPS / "features" / "features.tmx")


def obj(level: Level, name: str):  # type: ignore[no-untyped-def]
    found = level.object_named(name)
    assert found is not None, name
    return found


def test_designer_map_built_from_templates_with_class_attributes_loads_and_passes_check() -> None:
    path = MAPS / "designer" / "garden.tmx"
    level = load_level(path)
    assert level.scene == "garden"
    assert level.has_cube
    assert obj(level, "spawn_player").cls == "Spawn"
    assert obj(level, "spawn_player").properties["who"] == "player"
    exit_ = obj(level, "exit_east")
    assert (exit_.cls, exit_.properties["to"], exit_.width, exit_.height) == ("Exit", "forest", 32.0, 32.0)
    trigger = obj(level, "trig_garden_gate")
    assert (trigger.width, trigger.height, trigger.properties["once"]) == (48.0, 32.0, False)
    assert obj(level, "fence").cls == "Wall" and obj(level, "fence").properties["blocks_sight"] is False
    assert obj(level, "item_photo").properties["item"] == "photo"
    assert obj(level, "patrol").shape is Shape.POLYGON
    assert check_map(path, known_scenes(path)) == []


def test_class_and_type_attributes_give_the_same_level(tmp_path: Path) -> None:
    text = (MAPS / "designer" / "garden.tmx").read_text()
    as_type = text.replace('class="Wall"', 'type="Wall"').replace('class="Item"', 'type="Item"')
    assert as_type != text
    target = MAPS / "designer" / "garden_type_copy.tmx"
    target.write_text(as_type)
    try:
        a = load_level(MAPS / "designer" / "garden.tmx")
        b = load_level(target)
    finally:
        target.unlink()
    assert without_sources(a) == without_sources(b)


def test_template_values_and_per_instance_overrides() -> None:
    parsed, level = read_map(MAPS / "template_overrides.tmx")
    heap = obj(level, "hide_heap")
    assert (heap.cls, heap.properties["capacity"], heap.width, heap.height) == ("HideSpot", 2, 48.0, 16.0)
    counter = obj(level, "hide_counter")
    assert (counter.properties["capacity"], counter.width, counter.height) == (1, 32.0, 16.0)
    assert (counter.x, counter.y) == (96.0, 80.0)
    assert {d.code for d in parsed.diagnostics} == {"M012", "M006"}


def test_shapes_rotation_and_tile_objects(features: Level) -> None:
    assert obj(features, "hide_pond").shape is Shape.ELLIPSE
    assert obj(features, "hide_pond").contains(48, 104)
    assert not obj(features, "hide_pond").contains(33, 97)
    loop = obj(features, "patrol_loop")
    assert loop.points == ((32.0, 32.0), (96.0, 32.0), (96.0, 80.0), (32.0, 80.0))
    line = obj(features, "patrol_line")
    assert line.shape is Shape.POLYLINE
    assert line.points == ((16.0, 144.0), (16.0, 176.0)), "a 90 degree turn about the object's origin"
    turned = obj(features, "cp_turned")
    assert turned.shape is Shape.POLYGON
    assert set(turned.points) == {(48.0, 48.0), (48.0, 80.0), (32.0, 80.0), (32.0, 48.0)}
    tile = obj(features, "tile_bush")
    assert (tile.shape, tile.x, tile.y, tile.width, tile.height) == (Shape.TILE, 64.0, 32.0, 16.0, 16.0)
    assert obj(features, "spawn_player").source is not None
    assert obj(features, "spawn_player").source.line == 100  # type: ignore[union-attr]


def test_views_groups_offsets_and_walls(features: Level) -> None:
    grid = features.grid
    flower = obj(features, "item_flower")
    assert flower.view is View.DREAM, "objects inherit the view of their group"
    assert (flower.x, flower.y) == (48.0, 48.0), "group offsets move objects"
    # The dream-only wall layer sits at x=8, drawn one tile right by its group's 16 px offset.
    assert grid.flags(9, 5, dream=True) == SOLID_WALL
    assert grid.flags(9, 5, dream=False) == 0
    assert grid.flags(8, 5, dream=True) == 0
    # The door that is really there: a reality-only Wall object.
    door = obj(features, "door_really_there")
    assert door.view is View.REALITY
    assert grid.flags(6, 4) & TileFlag.SOLID and grid.flags(6, 5) & TileFlag.SOLID
    assert not grid.flags(6, 4, dream=True) & TileFlag.SOLID
    assert grid.flags(9, 2) == SOLID_WALL and grid.flags(9, 3) == SOLID_WALL, "a polygon Wall"
    assert grid.flags(2, 7) == TileFlag.COVER, "a layer property applies to each of its tiles"
    assert grid.flags(4, 2) == SOLID_WALL and grid.flags(5, 2) == SOLID_WALL, "flipped tiles keep properties"
    assert grid.flags(3, 3) == 0


def test_defaults_fill_in_and_map_properties_are_typed() -> None:
    level = load_level(MAPS / "ok.tmx")
    assert level.properties == {"scene": "fixture", "story": "", "music": "", "darkness": 0.0, "cube": False}
    exit_ = obj(level, "exit_east")
    assert exit_.properties == {"to": "forest", "requires": "", "view": "both"}


@pytest.mark.parametrize(
    ("name", "code"),
    [("bad_xml.tmx", "M001"), ("missing_tileset.tmx", "M004"), ("unknown_class.tmx", "M010")],
)
def test_load_level_raises_content_error_with_diagnostics(name: str, code: str) -> None:
    with pytest.raises(ContentError) as info:
        load_level(MAPS / name)
    assert [d.code for d in info.value.diagnostics] == [code]
    assert str(MAPS / name) in str(info.value)


def test_missing_map_file_is_a_content_error() -> None:
    with pytest.raises(ContentError) as info:
        load_level(MAPS / "does_not_exist.tmx")
    assert info.value.diagnostics[0].code == "M002"


def test_without_sources_ignores_only_positions() -> None:
    level = load_level(MAPS / "ok.tmx")
    assert without_sources(level) == without_sources(replace(level, source=replace(level.source, line=99)))
    assert without_sources(level) != without_sources(replace(level, scene="other"))


def cells(tmx: object) -> list[list[tuple[int, object]]]:
    """Every cell as (Tiled gid, flip flags), whatever pytmx numbered it internally."""
    import pytmx

    entries = tmx.imagemap.items()  # type: ignore[attr-defined]
    back = {v[0]: key for key, v in entries if isinstance(v, tuple)}
    layers = [la for la in tmx.layers if isinstance(la, pytmx.TiledTileLayer)]  # type: ignore[attr-defined]
    return [[back.get(g, (0, None)) if g else (0, None) for row in la.data for g in row] for la in layers]


@pytest.mark.parametrize("name", ["features/features.tmx", "designer/garden.tmx", "ok.tmx"])
def test_our_tile_decoding_matches_pytmx_cell_for_cell(name: str) -> None:
    import pytmx

    parsed, _ = read_map(MAPS / name)
    plain = pytmx.TiledMap(str(MAPS / name))
    assert cells(parsed.tmx) == cells(plain)
    for gid, props in plain.tile_properties.items():
        tiled = plain.tiledgidmap[gid]
        ours = [g for g, t in parsed.tmx.tiledgidmap.items() if t == tiled]
        assert any(parsed.tmx.tile_properties.get(g, {}).get("solid") == props.get("solid") for g in ours)


def test_base64_compressed_layers_read_like_csv(tmp_path: Path) -> None:
    import base64
    import struct
    import zlib

    text = (MAPS / "ok.tmx").read_text()
    start = text.index('<data encoding="csv">') + len('<data encoding="csv">')
    end = text.index("</data>")
    gids = [int(v) for v in text[start:end].replace("\n", "").split(",")]
    packed = base64.b64encode(zlib.compress(struct.pack(f"<{len(gids)}I", *gids))).decode()
    coded = (
        text[: start - len('<data encoding="csv">')]
        + f'<data encoding="base64" compression="zlib">{packed}'
        + text[end:]
    )
    for name in ("tiny.tsx", "tiny.png"):
        (tmp_path / name).write_bytes((MAPS / name).read_bytes())
    (tmp_path / "ok.tmx").write_text(coded)
    assert load_level(tmp_path / "ok.tmx").grid == load_level(MAPS / "ok.tmx").grid


def test_the_designer_map_plays_headless(tmp_path: Path) -> None:
    from tests.helpers import last_json, run_game

    done = run_game(
        ["headless", "--map", str(MAPS / "designer" / "garden.tmx"), "--ticks", "120", "--render", "--json"],
        tmp_path,
    )
    assert done.returncode == 0, done.stderr
    summary = last_json(done.stdout)
    assert summary["scenes"] == ["garden"] and summary["ticks"] == 120


def test_tile_templates_are_renumbered_into_the_map_and_drawn(tmp_path: Path) -> None:
    import pygame

    from game.render.tilemap import MapRenderer

    for name in ("tiny.tsx", "tiny.png"):
        (tmp_path / name).write_bytes((MAPS / name).read_bytes())
    (tmp_path / "bush.tx").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<template>\n <tileset firstgid="1" source="tiny.tsx"/>\n'
        ' <object name="bush" type="HideSpot" gid="3" width="16" height="16"/>\n</template>\n'
    )
    text = (MAPS / "ok.tmx").read_text()
    # In this map the tileset starts at gid 5, so the template's gid 3 must become 7.
    text = text.replace('firstgid="1"', 'firstgid="5"')
    start = text.index('<data encoding="csv">') + len('<data encoding="csv">')
    end = text.index("</data>")
    data = ",".join(str(int(v) + 4) for v in text[start:end].replace("\n", "").split(","))
    text = text[:start] + "\n" + data + "\n" + text[end:]
    text = text.replace(
        "</objectgroup>",
        '  <object id="5" template="bush.tx" name="hide_bush" x="64" y="96"/>\n </objectgroup>',
    )
    (tmp_path / "map.tmx").write_text(text)
    parsed, level = read_map(tmp_path / "map.tmx")
    bush = obj(level, "hide_bush")
    assert (bush.cls, bush.shape, bush.x, bush.y) == ("HideSpot", Shape.TILE, 64.0, 80.0)
    assert [t.gid for t in parsed.tile_objects] == [7]
    pygame.init()
    pygame.display.set_mode((32, 32))
    try:
        renderer = MapRenderer(tmp_path / "map.tmx")
        canvas = pygame.Surface((160, 128))
        renderer.draw_below(canvas, 0, 0, dream=False, now_ms=0)
        assert tuple(canvas.get_at((70, 86)))[:3] == (62, 137, 72), (
            "the bush tile is drawn where the object is"
        )
    finally:
        pygame.quit()
