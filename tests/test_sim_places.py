"""The sim's place index answers exactly what a scan of every Trigger, Checkpoint and Exit answers."""

from __future__ import annotations

import random

import pytest

from game.content.tiled import load_level
from game.context import LEVELS_DIR
from game.sim.places import PlaceIndex
from game.world.level import MapObject, Shape, View

SCENES = ("forest", "mall", "fantasy", "confrontation")


@pytest.mark.parametrize("scene", SCENES)
def test_index_agrees_with_a_scan_on_the_shipped_maps(scene: str) -> None:
    level = load_level(LEVELS_DIR / f"{scene}.tmx")
    places = [o for o in level.objects if o.cls in ("Trigger", "Checkpoint", "Exit")]
    assert places, f"{scene} has no places"
    index = PlaceIndex(places, level.tile_size, level.width, level.height)
    rng = random.Random(scene)
    points = [
        (rng.uniform(-40, level.pixel_width + 40), rng.uniform(-40, level.pixel_height + 40))
        for _ in range(4000)
    ]
    points += [obj.center for obj in places]  # inside every place at least once
    hits = 0
    for px, py in points:
        expected = [o for o in places if o.contains(px, py)]
        assert index.at(px, py) == expected, (scene, px, py)
        hits += bool(expected)
    assert hits >= len(places)


def test_index_keeps_map_order_and_edges() -> None:
    def rect(oid: int, x: float, y: float, w: float, h: float) -> MapObject:
        return MapObject(oid, f"r{oid}", "Trigger", Shape.RECT, x, y, w, h, view=View.BOTH)

    tri = MapObject(3, "tri", "Exit", Shape.POLYGON, 0, 0, points=((0.0, 0.0), (64.0, 0.0), (0.0, 64.0)))
    ell = MapObject(4, "ell", "Checkpoint", Shape.ELLIPSE, 16, 16, 32, 32)
    point = MapObject(5, "p", "Trigger", Shape.POINT, 8, 8)
    objs = [rect(1, 8, 8, 16, 16), rect(2, 0, 0, 32, 32), tri, ell, point]
    index = PlaceIndex(objs, 16, 4, 4)
    for px, py in [(8, 8), (23.9, 23.9), (24, 24), (31.9, 0), (32, 32), (48, 32), (-1, 5), (70, 70)]:
        assert index.at(px, py) == [o for o in objs if o.contains(px, py)], (px, py)
    assert [o.id for o in index.at(22, 22)] == [1, 2, 3, 4]
