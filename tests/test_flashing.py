"""Photosensitivity: every effect, run headless, stays at or under three flashes a second."""

from __future__ import annotations

import random
from collections.abc import Callable

import pygame
import pytest

from game.render.cube import STYLES, CubeRenderer, CubeView
from game.render.effects import Effects, Fade, Iris
from game.render.light import Light, LightKind, LightMap, flicker
from game.render.particles import ParticleKind, Particles
from game.render.text import TextRenderer
from game.render.ui import UI
from game.render.viewfinder import Viewfinder
from tools.flash_check import FlashMeter

W, H = 640, 360
LIMIT = 3


@pytest.fixture(scope="module", autouse=True)
def _display() -> None:
    pygame.init()
    pygame.display.set_mode((W, H))


def scene(bright: bool) -> pygame.Surface:
    """A textured stand-in scene: a sunny dream (bright) or a lit night forest."""
    rng = random.Random(11)
    surf = pygame.Surface((W, H)).convert()
    base = [(99, 199, 77), (62, 137, 72), (254, 231, 97), (255, 255, 255), (246, 117, 122)]
    night = [(38, 92, 66), (25, 60, 62), (62, 137, 72), (90, 105, 136)]
    pal = base if bright else night
    surf.fill(pal[0])
    for _ in range(4000):
        surf.fill(
            rng.choice(pal[1:]), (rng.randrange(W), rng.randrange(H), rng.randint(2, 6), rng.randint(2, 6))
        )
    return surf


Frame = Callable[[pygame.Surface, int], None]


def run(draw: Frame, ticks: int) -> int:
    """Draw ``ticks`` frames into a canvas and measure them."""
    meter = FlashMeter()
    canvas = pygame.Surface((W, H)).convert()
    for t in range(ticks):
        draw(canvas, t)
        meter.add(canvas)
    return meter.max_flashes_per_second()


def shake_effect(reduce: bool, bright: bool) -> Frame:
    base = scene(bright)
    fx = Effects(seed=2, reduce_flashing=reduce)

    def draw(canvas: pygame.Surface, t: int) -> None:
        if t % 45 == 0:
            fx.shake.kick(1.0)  # the Cube slamming down, again and again
        fx.update()
        canvas.fill((0, 0, 0))
        canvas.blit(base, fx.shake.offset)
        fx.draw(canvas)

    return draw


def transitions(reduce: bool, bright: bool) -> Frame:
    base = scene(bright)
    fx = Effects(seed=3, reduce_flashing=reduce)
    order = [lambda: Fade(20), lambda: Fade(20, closing=False), lambda: Iris(20, center=(300, 200)),
             lambda: Iris(20, closing=False, center=(300, 200)), lambda: fx.glitch(40)]  # fmt: skip

    def draw(canvas: pygame.Surface, t: int) -> None:
        if t % 40 == 0:
            fx.clear()
            made = order[(t // 40) % len(order)]()
            if made not in fx.running:
                fx.start(made)
        fx.update()
        canvas.blit(base, (0, 0))
        fx.draw(canvas)

    return draw


def glitch_storm(reduce: bool, bright: bool) -> Frame:
    base = scene(bright)
    fx = Effects(seed=4, reduce_flashing=reduce)

    def draw(canvas: pygame.Surface, t: int) -> None:
        if t % 40 == 0:
            fx.glitch(40, 1.0)  # the dream shattering without pause
        fx.update()
        canvas.blit(base, (0, 0))
        fx.draw(canvas)

    return draw


def viewfinder_toggling(reduce: bool, bright: bool) -> Frame:
    base = scene(bright)
    vf = Viewfinder()

    def draw(canvas: pygame.Surface, t: int) -> None:
        if t % 20 == 0:
            vf.set_active((t // 20) % 2 == 0)  # a player mashing the camcorder button three times a second
        vf.update()
        canvas.blit(base, (0, 0))
        vf.draw(canvas, t, 0.2)

    return draw


def cube_states(reduce: bool, bright: bool) -> Frame:
    base = scene(bright)
    cube = CubeRenderer()
    lm = LightMap((W, H))
    states = list(STYLES)

    def draw(canvas: pygame.Surface, t: int) -> None:
        state = states[(t // 30) % len(states)]
        view = CubeView(320 + 80 * (t % 90) / 90, 220, 80, vx=1.0, tick=t, state=state, radius=70,
                        progress=(t % 30) / 30, awareness=(t % 60) / 60)  # fmt: skip
        canvas.blit(base, (0, 0))
        cube.draw_shadow(canvas, view)
        lamp = Light(100, 100, 60, (254, 174, 52), flicker(t), LightKind.POINT)
        lm.apply(canvas, [cube.light(view), lamp], 0.0 if bright else 0.85)
        cube.draw_ground(canvas, view)
        cube.draw_body(canvas, view)

    return draw


def atmosphere(reduce: bool, bright: bool) -> Frame:
    base = scene(bright)
    ash = Particles(ParticleKind.PETALS if bright else ParticleKind.ASH, 200, 5)
    ui = UI(TextRenderer())

    def draw(canvas: pygame.Surface, t: int) -> None:
        ash.update()
        if (t // 60) % 2:
            ui.draw_title_background(canvas, t)
        else:
            canvas.blit(base, (0, 0))
            ash.draw(canvas, (t * 0.5, 0.0))
            ui.draw_battery(canvas, (600, 20), 0.1, t)
            ui.draw_awareness(canvas, (580, 20), (t % 120) / 120)
        if t > 200:
            ui.draw_chapter_card(canvas, "Chapter", "The Dream", (t - 200) / 120)

    return draw


EFFECTS = {
    "shake": shake_effect,
    "transitions": transitions,
    "glitch": glitch_storm,
    "viewfinder": viewfinder_toggling,
    "cube": cube_states,
    "atmosphere": atmosphere,
}


@pytest.mark.parametrize("reduce", [False, True], ids=["normal", "reduce-flashing"])
@pytest.mark.parametrize("bright", [False, True], ids=["night", "day"])
@pytest.mark.parametrize("name", list(EFFECTS))
def test_effect_stays_under_three_flashes_a_second(name: str, bright: bool, reduce: bool) -> None:
    flashes = run(EFFECTS[name](reduce, bright), 300)
    assert flashes <= LIMIT, f"{name}: {flashes} flashes in one second"


def test_meter_catches_a_strobe() -> None:
    def strobe(canvas: pygame.Surface, t: int) -> None:
        canvas.fill((255, 255, 255) if (t // 5) % 2 else (0, 0, 0))

    assert run(strobe, 120) >= 5


def test_meter_ignores_a_slow_fade_and_small_blinks() -> None:
    def fade(canvas: pygame.Surface, t: int) -> None:
        v = min(255, t * 2)
        canvas.fill((v, v, v))
        if (t // 10) % 2:
            canvas.fill((255, 0, 0), (10, 10, 40, 40))  # a REC dot is far under a quarter of the screen

    assert run(fade, 180) <= 1
