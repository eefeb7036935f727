"""Quiet scenes framed (issue 12): during the hollow's, the food court's and the dream rooms' talks the story
points the camera at a mark that puts the pair in the upper middle of the screen, above the dialogue panel and
the choice list, under a soft light of their own."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest
import yaml

from game.content.tiled import load_level
from game.render.camera import Camera
from game.render.window import CANVAS_SIZE

LEVELS = Path(__file__).resolve().parent.parent / "levels"
CHOICE_ROOM = 70
"""Room a three-option choice list takes above the panel."""
SPRITE_H = 24

# (scene, node, camera mark, where the pair stand during the talk, the light over them)
TALKS = [
    ("forest", "hollow", "mark_hollow_talk", ("mark_hollow", "mark_hollow_b"), "light_hollow"),
    ("mall", "food_court", "mark_table_talk", ("mark_table", "mark_table_b"), "light_food_table"),
    ("fantasy", "home_bed", "mark_bed_talk", ("trig_home_bed",), "light_bedroom"),
    ("fantasy", "morning_table", "mark_kitchen_talk", ("trig_morning_table",), "light_kitchen"),
    ("fantasy", "growing_old", "mark_bench_talk", ("mark_bench", "mark_bench_b"), "light_bench"),
]


@pytest.fixture(scope="module")
def panel_top() -> int:
    """The dialogue panel's top at the largest text size (the tallest panel)."""
    from game.render.text import TextRenderer, TextSize
    from game.render.ui import UI

    pygame.init()
    return min(UI(TextRenderer(size)).dialogue_rect(CANVAS_SIZE).top for size in TextSize)


def camera_steps(steps: list[dict[str, object]]) -> list[str]:
    """The node's top-level camera targets, in order."""
    return [str(s["camera"]) for s in steps if isinstance(s, dict) and "camera" in s]


@pytest.mark.parametrize(("scene", "node", "mark", "pair", "light"), TALKS)
def test_a_quiet_talk_frames_and_lights_the_pair_above_the_dialogue_panel(
    scene: str, node: str, mark: str, pair: tuple[str, ...], light: str, panel_top: int
) -> None:
    story = yaml.safe_load((LEVELS / f"{scene}.yaml").read_text(encoding="utf-8"))
    steps = story["nodes"][node]["steps"]
    cams = camera_steps(steps)
    assert cams and cams[0] == mark, f"{node} should point the camera at {mark} first"
    assert cams[-1] in ("dal", "player"), f"{node} should hand the camera back before it ends"

    level = load_level(LEVELS / f"{scene}.tmx")
    target = level.object_named(mark)
    assert target is not None
    camera = Camera(level.pixel_width, level.pixel_height)
    camera.snap(*target.center)
    cx, cy = camera.offset(1.0)
    lamp = level.object_named(light)
    assert lamp is not None and lamp.cls == "Light"
    for name in pair:
        spot = level.object_named(name)
        assert spot is not None
        x, y = spot.center
        sx, sy = x - cx, y - cy
        assert SPRITE_H + 16 <= sy <= panel_top - CHOICE_ROOM, f"{name} at screen y {sy:.0f}"
        assert 32 <= sx <= CANVAS_SIZE[0] - 32, f"{name} at screen x {sx:.0f}"
        lx, ly = lamp.center
        assert abs(lx - x) <= 48 and abs(ly - y) <= 48, f"{light} is not over {name}"
