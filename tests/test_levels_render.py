"""The map renderer: views, below/above, parallax, animated tiles patched in place, and the F3 overlay."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest

from game.content.diagnostics import ContentError
from game.render.level_debug import draw_level_debug
from game.render.tilemap import MapRenderer, load_for_play

ROOT = Path(__file__).resolve().parent.parent
FEATURES = ROOT / "tests" / "fixtures" / "maps" / "features" / "features.tmx"
BUSH = (62, 137, 72)
WALL = (38, 43, 68)
FLOOR = (139, 155, 180)


@pytest.fixture(scope="module", autouse=True)
def display() -> Iterator[None]:
    pygame.init()
    pygame.display.set_mode((64, 64))
    yield
    pygame.quit()


def rgb(surface: pygame.Surface, x: int, y: int) -> tuple[int, int, int]:
    c = surface.get_at((x, y))
    return (c.r, c.g, c.b)


def test_dream_layers_draw_only_in_the_dream_view() -> None:
    renderer = MapRenderer(FEATURES)
    canvas = pygame.Surface((192, 160))
    # The dream wall is column 8, drawn 16 px right and 8 px down by its group's offset.
    renderer.draw_below(canvas, 0, 0, dream=False, now_ms=0)
    assert rgb(canvas, 9 * 16 + 4, 5 * 16 + 12) == FLOOR
    renderer.draw_below(canvas, 0, 0, dream=True, now_ms=0)
    assert rgb(canvas, 9 * 16 + 4, 5 * 16 + 12) == WALL


def test_parallax_above_layer_moves_slower_than_the_camera() -> None:
    renderer = MapRenderer(FEATURES)
    canvas = pygame.Surface((192, 160))
    canvas.fill((0, 0, 0))
    renderer.draw_above(canvas, 0, 0, dream=False)
    assert rgb(canvas, 50, 50) == BUSH
    canvas.fill((0, 0, 0))
    renderer.draw_above(canvas, 32, 0, dream=False)
    assert rgb(canvas, 50 - 16, 50) == BUSH, "half the camera's movement at parallax 0.5"
    assert rgb(canvas, 50 - 32, 50) == (0, 0, 0)


def test_the_whole_forest_draws_a_varied_picture() -> None:
    level, renderer = load_for_play(ROOT / "levels" / "forest.tmx")
    canvas = pygame.Surface((640, 360))
    spawn = level.spawn("player")
    assert spawn is not None
    cam = (int(spawn.x) - 320, int(spawn.y) - 180)
    renderer.draw_below(canvas, max(0, cam[0]), min(cam[1], level.pixel_height - 360), dream=False, now_ms=0)
    renderer.draw_above(canvas, max(0, cam[0]), min(cam[1], level.pixel_height - 360), dream=False)
    colours = {canvas.get_at((x, y))[:3] for x in range(0, 640, 7) for y in range(0, 360, 7)}
    assert len(colours) > 12


def test_animated_tiles_are_patched_when_their_frame_changes() -> None:
    level, renderer = load_for_play(ROOT / "levels" / "forest.tmx")

    def looks(gid: int) -> bytes:
        return pygame.image.tobytes(renderer.images[gid], "RGBA")

    anims = {  # white-box on purpose: an animation whose frames really differ
        gid: a for gid, a in renderer._anim_of.items() if len({looks(f) for f in a.frames}) == len(a.frames)
    }
    layers = renderer.parsed.tile_data
    tx, ty, anim = next(  # an animated tile with nothing drawn over it
        (x, y, anims[g])
        for i, data in enumerate(layers)
        for y, row in enumerate(data)
        for x, g in enumerate(row)
        if g in anims and not any(upper[y][x] for upper in layers[i + 1 :])
    )
    cam_x = max(0, min(tx * 16 - 320, level.pixel_width - 640))
    cam_y = max(0, min(ty * 16 - 180, level.pixel_height - 360))
    canvas = pygame.Surface((640, 360))
    pictures = []
    for frame_end in [0, *anim.ends[:-1]]:
        renderer.draw_below(canvas, cam_x, cam_y, dream=False, now_ms=frame_end)
        cell = canvas.subsurface((tx * 16 - cam_x, ty * 16 - cam_y, 16, 16))
        pictures.append(pygame.image.tobytes(cell, "RGB"))
    assert len(set(pictures)) > 1, "the animated cell shows different frames over time"
    renderer.draw_below(canvas, cam_x, cam_y, dream=False, now_ms=0)
    cell = canvas.subsurface((tx * 16 - cam_x, ty * 16 - cam_y, 16, 16))
    assert pygame.image.tobytes(cell, "RGB") == pictures[0], "back to the first frame after a full cycle"


def test_load_for_play_reports_a_broken_map() -> None:
    with pytest.raises(ContentError):
        load_for_play(ROOT / "tests" / "fixtures" / "maps" / "unknown_class.tmx")


def test_debug_overlay_marks_solid_tiles_and_names_objects() -> None:
    level, renderer = load_for_play(FEATURES)
    plain = pygame.Surface((192, 160))
    renderer.draw_below(plain, 0, 0, dream=False, now_ms=0)
    marked = plain.copy()
    draw_level_debug(marked, level, 0, 0, dream=False)
    assert rgb(marked, 6, 8) != rgb(plain, 6, 8), "the wall at (0, 0) is tinted"
    assert rgb(marked, 5 * 16 + 8, 1 * 16 + 8) == rgb(plain, 5 * 16 + 8, 1 * 16 + 8), (
        "open floor is untouched"
    )
    changed = sum(1 for x in range(40, 120) for y in range(60, 80) if rgb(marked, x, y) != rgb(plain, x, y))
    assert changed > 20, "the names and outlines of objects are drawn"
