"""The Cube's staging by scene, the finale's descent, the shake that never shows past the map, and the outfits."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pygame
import pytest

from game.render.camera import clamp_view, shaken
from game.render.cube import CubeView
from game.render.cube_stage import CubeStage, finale_target, nearness, sun_corners_target
from game.render.world_view import outfit_of
from game.world.level import Grid, Level, SourcePos, TileFlag

W, H = 60, 40
"""A map of 60x40 tiles: open sky in its left half, roofed in its right half."""


def level(scene: str, roof_from: int = W // 2) -> Level:
    cells = bytes(int(TileFlag.ROOF) if x >= roof_from else 0 for _ in range(H) for x in range(W))
    return Level(scene, W, H, 16, Grid(W, H, cells, cells), (), {}, SourcePos("test.tmx"))


def runner(node: str | None = None, **values: object) -> Any:
    """A stand-in for the story runner: what the presentation reads (its variables and its node)."""
    return SimpleNamespace(locals={}, globals=SimpleNamespace(values=dict(values)), node=node)


@pytest.fixture(autouse=True)
def _pygame() -> None:
    pygame.init()


def test_in_the_mall_the_body_shows_only_through_open_tiles_never_under_a_roof() -> None:
    stage = CubeStage(level("mall"))
    canvas = pygame.Surface((640, 360))
    canvas.fill((0, 0, 0))
    # The ground point sits on the boundary: the body straddles the open and the roofed halves.
    cam = (W * 16 // 2 - 320, 200)
    stage.draw_sky(canvas, CubeView(320, 300, 96.0, state="patrol"), cam, False, 0)
    split = W * 16 // 2 - cam[0]
    drawn = pygame.mask.from_threshold(canvas, (0, 0, 0), (1, 1, 1, 255))
    drawn.invert()
    left = sum(drawn.get_at((x, y)) for x in range(0, split) for y in range(0, 360, 2))
    right = sum(drawn.get_at((x, y)) for x in range(split, 640) for y in range(0, 360, 2))
    assert left > 500, "the body shows through the open tiles"
    assert right == 0, "nothing of the body is drawn over roofed tiles"


def test_in_the_forest_the_cube_is_vast_and_high() -> None:
    stage = CubeStage(level("forest", roof_from=W))
    canvas = pygame.Surface((640, 360))
    canvas.fill((0, 0, 0))
    stage.draw_sky(canvas, CubeView(320, 180, 96.0, state="patrol"), (0, 0), False, 0)
    _, by, size = stage.place(CubeView(320, 180, 96.0))
    assert size >= 150, "a cube several times the old 36 px sprite"
    assert by < 40, "hung high: its centre near the top of the screen, partly off it"
    rect = pygame.mask.from_threshold(canvas, (0, 0, 0), (1, 1, 1, 255))
    rect.invert()
    assert rect.count() > 12000


def test_its_sky_place_moves_with_parallax_less_than_the_ground() -> None:
    stage = CubeStage(level("forest", roof_from=W))
    a = stage.place(CubeView(320, 180, 96.0))
    b = stage.place(CubeView(220, 180, 96.0))  # the camera moved 100 px right
    assert 0 < a[0] - b[0] < 100


def test_nearness_grows_as_it_comes_closer_and_lower() -> None:
    assert nearness(0, 0, 64) > nearness(0, 0, 96) > nearness(200, 0, 96) > nearness(400, 0, 96) == 0.0


def test_the_finale_comes_down_in_two_beats_and_holds_the_camera_on_the_pair() -> None:
    assert finale_target(runner("separated")) == 0.0
    assert finale_target(runner("last_stand", stood=True)) == 0.45
    assert finale_target(runner("descent", stood=True)) == 1.0
    assert finale_target(runner("ending_together", stood=True)) == 1.0
    stage = CubeStage(level("confrontation", roof_from=W))
    mid = (W * 16 / 2, H * 16 / 2)
    for _ in range(1200):
        stage.update(runner("descent", stood=True), mid, mid, (0.0, 0.0, 96.0), cam=(0.0, 0.0))
    assert stage.finale == 1.0
    assert stage.near > 0.95, "the hum and shadow are at their fullest"
    assert stage.lock is not None
    lx, _ = stage.lock
    assert abs(lx + 320 - mid[0]) < 2, "the camera is held on the pair"
    _, _, size = stage.finale_place((320.0, 250.0), 0)
    assert size >= 640, "the Cube fills the screen"


def test_the_dream_sun_grows_corners_with_the_story() -> None:
    assert sun_corners_target(runner(), False, False) == 0.0
    assert 0.0 < sun_corners_target(runner(greyed=True), False, False) < 1.0
    assert sun_corners_target(runner(), True, False) == 1.0
    assert sun_corners_target(runner(woke=True), False, False) == 1.0


@pytest.mark.parametrize("shake", [(-4, -4), (4, 4), (3, -2), (-1, 3)])
@pytest.mark.parametrize("cam", [(0, 0), (960 - 640, 640 - 360), (100, 0), (0, 200)])
def test_a_shake_never_shows_past_the_map(cam: tuple[int, int], shake: tuple[int, int]) -> None:
    x, y = shaken(cam, shake, 960, 640)
    assert 0 <= x <= 960 - 640 and 0 <= y <= 640 - 360
    assert (x, y) != cam or shake == (0, 0), "it still shakes at the edge (the other way)"


def test_clamp_view_keeps_the_view_inside_and_centres_a_small_map() -> None:
    assert clamp_view(-50, 900, 960, 640) == (0, 280)
    assert clamp_view(10, 10, 320, 640) == (-160, 10)


def outfits(**values: object) -> tuple[str, str]:
    node = values.pop("node", None)
    sim = SimpleNamespace(
        runner=runner(node, **values), world=SimpleNamespace(dream=values.pop("dream", False))
    )
    return outfit_of("dal", sim), outfit_of("byeol", sim)  # type: ignore[arg-type]


def test_outfits_follow_the_heap_and_the_wedding() -> None:
    assert outfits() == ("", "")
    assert outfits(node="heap_after") == ("heap_hat", "heap"), "out of the heap, the hat on Dal"
    assert outfits(laughed=True, kept_hat=True) == ("heap_hat", "heap")
    assert outfits(laughed=True, kept_hat=False) == ("heap", "heap_hat"), "he put the hat on her"
    assert outfits(laughed=True, wedding_at=2, dream=True) == ("wedding", "wedding")
    assert outfits(laughed=True, wedding_at=4, dream=True, kept_hat=True) == ("heap_hat", "heap")


def test_every_outfit_sheet_is_loaded_and_drawn() -> None:
    from game.render.sprites import Sprites

    sprites = Sprites()
    for name in ("dal", "byeol"):
        assert set(sprites.outfits[name]) == {"heap", "heap_hat", "wedding"}
        plain = pygame.Surface((32, 32), pygame.SRCALPHA)
        sprites.draw(plain, name, "idle", "down", 0, (16, 30), shadow=False)
        for outfit in sprites.outfits[name]:
            dressed = pygame.Surface((32, 32), pygame.SRCALPHA)
            sprites.draw(dressed, name, "idle", "down", 0, (16, 30), shadow=False, outfit=outfit)
            assert pygame.image.tobytes(dressed, "RGBA") != pygame.image.tobytes(plain, "RGBA"), outfit


def test_the_cubes_light_comes_down_through_the_skylights_near_it() -> None:
    # A roofed hall with one 3x2 skylight in it, at tiles (20..22, 10..11).
    cells = bytearray(int(TileFlag.ROOF) for _ in range(W * H))
    for y in (10, 11):
        for x in (20, 21, 22):
            cells[y * W + x] = 0
    lv = Level("mall", W, H, 16, Grid(W, H, bytes(cells), bytes(cells)), (), {}, SourcePos("test.tmx"))
    stage = CubeStage(lv)
    assert stage.skylights == [(21 * 16 + 8, 11 * 16, 24.0)]
    near = stage.sky_lights((21 * 16.0, 11 * 16.0, 96.0), 0, 0)
    assert len(near) == 1 and near[0].intensity > 0.8
    assert stage.sky_lights((21 * 16.0 + 500, 11 * 16.0, 96.0), 0, 0) == [], (
        "too far: the skylight stays dark"
    )
