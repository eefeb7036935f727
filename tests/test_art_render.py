"""Render modules: sprites, the Cube, light, particles, effects, viewfinder and UI behave as promised."""

from __future__ import annotations

import random

import numpy as np
import pygame
import pytest

from game.ai.cube import CubeState
from game.render.cube import STYLES, CubeRenderer, CubeView, style_for
from game.render.effects import Dissolve, Effects, Fade, Glitch, Shake
from game.render.light import Light, LightKind, LightMap, ambient
from game.render.particles import ParticleKind, Particles
from game.render.sprites import ANIMS, FACINGS, Sprites
from game.render.text import TextRenderer
from game.render.ui import UI, DialogueLine
from game.render.viewfinder import Viewfinder, timecode

W, H = 640, 360


@pytest.fixture(scope="module", autouse=True)
def _display() -> None:
    pygame.init()
    pygame.display.set_mode((W, H))


@pytest.fixture(scope="module")
def sprites() -> Sprites:
    return Sprites()


def test_every_character_has_every_animation_and_facing(sprites: Sprites) -> None:
    for name in ("dal", "byeol"):
        for anim in ANIMS:
            a = sprites.anim(name, anim)
            assert set(a.frames) == set(FACINGS)
            for facing in FACINGS:
                assert len(a.frames[facing]) == len(a.durations)
                assert sprites.frame(name, anim, facing, 7).get_size() == sprites.frame_size
    assert len(sprites.anim("dal", "walk").durations) >= 4


def test_walk_cycles_limp_unevenly(sprites: Sprites) -> None:
    for name in ("dal", "byeol"):
        durations = sprites.anim(name, "walk").durations
        assert len(set(durations)) > 1, "a limp is an uneven cycle"


def test_frames_advance_with_ticks_and_caught_holds(sprites: Sprites) -> None:
    walk = sprites.anim("dal", "walk")
    seen = {walk.index_at(t) for t in range(walk.length)}
    assert seen == set(range(len(walk.durations)))
    caught = sprites.anim("dal", "caught")
    assert caught.index_at(10_000) == len(caught.durations) - 1


def test_characters_look_different(sprites: Sprites) -> None:
    a = pygame.surfarray.array3d(sprites.frame("dal", "idle", "down", 0))
    b = pygame.surfarray.array3d(sprites.frame("byeol", "idle", "down", 0))
    assert np.abs(a.astype(int) - b.astype(int)).mean() > 20
    assert sprites.name_colors["dal"] != sprites.name_colors["byeol"]


def test_flip_mirrors_and_is_cached(sprites: Sprites) -> None:
    f = sprites.frame("byeol", "hands", "down", 0)
    g = sprites.frame("byeol", "hands", "down", 0, flip=True)
    assert g is sprites.frame("byeol", "hands", "down", 0, flip=True)
    assert np.array_equal(pygame.surfarray.array_alpha(f)[::-1], pygame.surfarray.array_alpha(g))


def test_cube_shows_at_most_three_faces_and_rotates() -> None:
    cube = CubeRenderer(36)
    a, _ = cube.project(CubeView(320, 200, 80, tick=0))
    b, _ = cube.project(CubeView(320, 200, 80, tick=30))
    assert len(a) == 8
    assert a != b
    canvas = pygame.Surface((W, H))
    cube.draw_body(canvas, CubeView(320, 200, 80, tick=5, state="chase"))
    assert pygame.surfarray.array3d(canvas)[300:340, 100:140].any()


def test_cube_tilts_toward_its_motion() -> None:
    still = CubeRenderer(36)
    moving = CubeRenderer(36)
    for t in range(60):
        still.project(CubeView(320, 200, 80, tick=t))
        moving.project(CubeView(320, 200, 80, vx=2.0, tick=t))
    assert moving._tilt[0] > 0.1 > abs(still._tilt[0])


def test_every_state_has_its_own_colour_and_shape() -> None:
    names = [s.value for s in CubeState]
    assert set(names) == set(STYLES)
    colours = {STYLES[n].color for n in names}
    shapes = {(STYLES[n].rim, STYLES[n].pattern) for n in names}
    assert len(colours) == len(names)
    assert len(shapes) == len(names)
    assert style_for(CubeState.CHASE) is STYLES["chase"]
    assert style_for("nonsense") is STYLES["patrol"]


def test_light_map_darkens_and_lights_reach_through() -> None:
    canvas = pygame.Surface((W, H)).convert()
    canvas.fill((200, 200, 200))
    LightMap((W, H)).apply(canvas, [Light(100, 100, 40, kind=LightKind.SPOT)], 0.9)
    lit = canvas.get_at((100, 100))
    dark = canvas.get_at((500, 300))
    assert dark.r < 60
    assert lit.r > 150
    assert ambient(0.0) == (255, 255, 255)


def test_light_map_with_no_darkness_leaves_the_canvas_alone() -> None:
    canvas = pygame.Surface((W, H)).convert()
    canvas.fill((123, 45, 67))
    LightMap((W, H)).apply(canvas, [], 0.0)
    assert canvas.get_at((10, 10))[:3] == (123, 45, 67)


def test_particles_are_deterministic_and_leave_global_random_alone() -> None:
    random.seed(99)
    before = random.random()
    random.seed(99)
    a = Particles(ParticleKind.ASH, 50, seed=4)
    b = Particles(ParticleKind.ASH, 50, seed=4)
    for _ in range(30):
        a.update()
        b.update()
    assert np.array_equal(a.x, b.x)
    assert np.array_equal(a.y, b.y)
    assert random.random() == before
    canvas = pygame.Surface((W, H))
    a.draw(canvas, (13.0, 7.0))
    assert pygame.surfarray.array3d(canvas).any()


def test_shake_decays_to_nothing_and_reduce_flashing_never_moves() -> None:
    shake = Shake(seed=1)
    shake.kick(1.0)
    offsets = []
    for _ in range(80):
        shake.update()
        offsets.append(shake.offset)
    assert any(o != (0, 0) for o in offsets[:10])
    assert offsets[-1] == (0, 0)
    calm = Shake(seed=1, reduce_flashing=True)
    calm.kick(1.0)
    for _ in range(10):
        calm.update()
        assert calm.offset == (0, 0)


def test_transitions_cover_and_uncover() -> None:
    canvas = pygame.Surface((W, H)).convert()
    for t in (Fade(20), Fade(20, color=(255, 0, 0))):
        canvas.fill((255, 255, 255))
        t.age = 20
        t.draw(canvas)
        assert canvas.get_at((W - 1, H - 1))[:3] != (255, 255, 255)
        assert t.done and t.cover == 1.0
    opening = Fade(20, closing=False)
    opening.age = 20
    assert opening.cover == 0.0


def test_reduce_flashing_turns_glitch_into_a_dissolve() -> None:
    assert isinstance(Effects(reduce_flashing=False).glitch(), Glitch)
    assert isinstance(Effects(reduce_flashing=True).glitch(), Dissolve)


def test_timecode() -> None:
    assert timecode(0) == "00:00:00:00"
    assert timecode(60 * 3661 + 30) == "01:01:01:15"


def test_viewfinder_switches_with_a_wipe() -> None:
    vf = Viewfinder()
    vf.set_active(True)
    vf.update()
    partial = vf.wipe_rect().height
    assert 0 < partial < H
    for _ in range(30):
        vf.update()
    assert vf.wipe_rect().height == H
    canvas = pygame.Surface((W, H)).convert()
    canvas.fill((100, 100, 100))
    vf.draw(canvas, 100, 0.5)
    assert canvas.get_at((320, 181))[:3] != (100, 100, 100)


def test_ui_draws_every_piece() -> None:
    text = TextRenderer()
    ui = UI(text)
    canvas = pygame.Surface((W, H)).convert()
    ui.draw_dialogue(canvas, DialogueLine("Dal", "Left.", (0, 153, 219), waiting=True), 0)
    ui.draw_choices(canvas, ["Stay", "Go"], 1, 0)
    ui.draw_menu(canvas, pygame.Rect(10, 10, 200, 120), ["A", "B"], 0, 0, "Pause", ["", "On"])
    for aw in (0.0, 0.3, 0.6, 1.0):
        ui.draw_awareness(canvas, (600, 10), aw)
    assert ui.draw_cube_pointer(canvas, (900.0, 100.0))
    assert not ui.draw_cube_pointer(canvas, (300.0, 100.0))
    ui.draw_battery(canvas, (600, 40), 0.2, 0)
    ui.draw_bond(canvas, (600, 60), 0.9)
    ui.draw_objective(canvas, "Reach the highway")
    assert ui.draw_prompt(canvas, "Shift", "Run", (10, 300)).width > 30
    ui.draw_prompt(canvas, "B", "Back", (10, 320), gamepad=True)
    ui.draw_title_background(canvas, 100)
    ui.draw_chapter_card(canvas, "Chapter One", "The Forest", 0.5)
    ui.draw_credits(canvas, ["# REFUGE", "## Art", "Us"], 0.5)
    assert pygame.surfarray.array3d(canvas).any()


def test_awareness_eye_changes_shape_not_only_colour() -> None:
    ui = UI(TextRenderer())
    shapes = [pygame.surfarray.array_alpha(ui.icons[f"eye_{i}"]) > 0 for i in range(5)]
    for i in range(4):
        assert not np.array_equal(shapes[i], shapes[i + 1])
