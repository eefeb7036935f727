"""Photosensitivity (WCAG 2.3.1): no more than three general or red flashes a second in any 10-degree field.

The meter (tools/flash_check.py) is checked first: it must catch a small strobe and a red flash. Then it
meters the game: the bot playing every scene to an ending, and every screen effect the game uses at its
strongest, over real rendered frames, with reduce-flashing off (the default) and on. Every frame of every
ending is metered by the same meter in tests/test_endings.py (``test_no_ending_flashes``, at most one a
second).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pygame
import pytest

from game.app import HeadlessOptions, build_context, run_headless
from game.bot import Bot
from game.context import RunOptions
from game.input.frame import InputFrame
from game.profile import Profile
from game.render.cube import STYLES, CubeRenderer, CubeView
from game.render.effects import Dissolve, Effects, Fade
from game.render.light import Light, LightKind, LightMap, flicker
from game.render.particles import ParticleKind, Particles
from game.render.text import TextRenderer
from game.render.ui import UI
from game.render.viewfinder import Viewfinder
from game.render.world_view import FADE_WHITE
from game.scene import SceneStack
from game.scenes.caught import CaughtScene
from game.scenes.play import PlayScene
from game.settings import Settings
from game.sim.cues import CueKind
from game.sim.session import Session
from tools.flash_check import LIMIT, FlashMeter, surface_rgb

W, H = 640, 360


@pytest.fixture(scope="module", autouse=True)
def _display() -> None:
    pygame.init()
    pygame.display.set_mode((W, H))


# -- the meter ------------------------------------------------------------------------------------------------


def meter_of(frames: Callable[[int], np.ndarray], count: int) -> FlashMeter:
    """Meter ``count`` frames made by ``frames(t)`` (an (h, w, 3) byte array, rows first)."""
    meter = FlashMeter((W, H))
    for t in range(count):
        meter.add_rgb(frames(t))
    return meter


def square_share(share: float) -> int:
    """The side of a square covering ``share`` of the frame."""
    return round((W * H * share) ** 0.5)


def test_meter_fails_a_10hz_strobe_over_4_percent_of_the_frame() -> None:
    side = square_share(0.04)

    def strobe(t: int) -> np.ndarray:
        frame = np.full((H, W, 3), 30, np.uint8)
        if (t // 3) % 2:  # 3 frames on, 3 off: 10 Hz
            frame[150 : 150 + side, 400 : 400 + side] = 255
        return frame

    meter = meter_of(strobe, 120)
    assert meter.worst_general().flashes > LIMIT
    assert meter.worst_general().flashes == pytest.approx(10, abs=0.5)


def test_meter_fails_the_issues_strobe_over_24_percent_at_any_place() -> None:
    side = square_share(0.24)
    for x, y in ((0, 0), (W - side, H - side), (200, 20)):

        def strobe(t: int, x: int = x, y: int = y) -> np.ndarray:
            frame = np.zeros((H, W, 3), np.uint8)
            if (t // 3) % 2:
                frame[y : y + side, x : x + side] = 255
            return frame

        assert meter_of(strobe, 90).max_flashes_per_second() > LIMIT, (x, y)


def test_meter_fails_a_red_flash_that_is_no_general_flash() -> None:
    """Saturated red against a grey of the same luminance: no general flash, a red one."""
    side = square_share(0.04)
    grey = 127  # relative luminance 0.212, red (255, 0, 0)'s is 0.2126

    def red(t: int) -> np.ndarray:
        frame = np.full((H, W, 3), grey, np.uint8)
        if (t // 4) % 2:  # 7.5 Hz
            frame[100 : 100 + side, 100 : 100 + side] = (255, 0, 0)
        return frame

    meter = meter_of(red, 120)
    assert meter.worst_general().flashes <= LIMIT
    assert meter.worst_red().flashes > LIMIT


def test_meter_fails_areas_flashing_in_counter_phase() -> None:
    """Left and right halves swap black and white at 10 Hz: the frame's mean never moves, each half flashes."""

    def swap(t: int) -> np.ndarray:
        frame = np.zeros((H, W, 3), np.uint8)
        frame[:, : W // 2] = 255
        return frame if (t // 3) % 2 else frame[:, ::-1].copy()

    assert meter_of(swap, 90).worst_general().flashes > LIMIT


def test_meter_passes_a_pan_over_a_textured_map(backgrounds: dict[str, pygame.Surface]) -> None:
    """The camera panning quickly (8 pixels a frame) over a real map: cells change both ways and net nothing."""
    base = surface_rgb(backgrounds["day"])
    assert meter_of(lambda t: np.roll(base, 8 * t, axis=1), 120).max_flashes_per_second() <= 1


def test_meter_passes_slow_fades_small_blinks_and_bright_only_changes() -> None:
    def calm(t: int) -> np.ndarray:
        v = min(255, t * 2)
        frame = np.full((H, W, 3), v, np.uint8)  # a fade in over two seconds
        if (t // 3) % 2:
            frame[10:40, 10:40] = (255, 0, 0)  # a REC dot: far under a quarter of a 10-degree field
        return frame

    assert meter_of(calm, 180).max_flashes_per_second() <= 1

    def pale(t: int) -> np.ndarray:  # both states above 0.80 relative luminance: no general flash
        return np.full((H, W, 3), 255 if (t // 3) % 2 else 235, np.uint8)

    assert meter_of(pale, 120).max_flashes_per_second() == 0


def test_meter_counts_three_flashes_a_second_as_allowed() -> None:
    side = square_share(0.5)

    def three(t: int) -> np.ndarray:
        frame = np.zeros((H, W, 3), np.uint8)
        if (t % 20) < 10:  # 3 Hz
            frame[:side, :side] = 255
        return frame

    assert meter_of(three, 240).max_flashes_per_second() == pytest.approx(3, abs=0.5)


# -- real frames --------------------------------------------------------------------------------------------


def game_frame(scene: str, tick: int) -> pygame.Surface:
    """The game's own frame of ``scene`` at ``tick`` (an idle player)."""
    shots: list[pygame.Surface] = []

    def keep(_tick: int, canvas: pygame.Surface) -> None:
        shots.append(canvas.copy())

    options = RunOptions(seed=1, headless=True, scene=scene, stop_on_exit=True)
    run_headless(options, HeadlessOptions(ticks=tick, watch=lambda t: t == tick, on_frame=keep))
    pygame.init()
    pygame.display.set_mode((W, H))
    assert shots, f"no frame of {scene} at tick {tick}"
    return shots[-1].convert()


@pytest.fixture(scope="module")
def backgrounds() -> dict[str, pygame.Surface]:
    """A night forest and the bright dream, as the game draws them."""
    return {"night": game_frame("forest", 300), "day": game_frame("fantasy", 300)}


Frame = Callable[[pygame.Surface, int], None]


def metered(draw: Frame, ticks: int) -> FlashMeter:
    """Draw ``ticks`` frames into a canvas and meter them."""
    meter = FlashMeter((W, H))
    canvas = pygame.Surface((W, H)).convert()
    for t in range(ticks):
        draw(canvas, t)
        meter.add(canvas)
    return meter


def shake(base: pygame.Surface, reduce: bool) -> Frame:
    fx = Effects(seed=2, reduce_flashing=reduce)

    def draw(canvas: pygame.Surface, t: int) -> None:
        if t % 45 == 0:
            fx.shake.kick(1.0)  # the strongest kick the story gives, again and again
        fx.update()
        canvas.fill((0, 0, 0))
        canvas.blit(base, fx.shake.offset)
        fx.draw(canvas)

    return draw


def fades(base: pygame.Surface, reduce: bool) -> Frame:
    """White and black fades out and back in, at the quickest a story fade runs (30 ticks), back to back."""
    fx = Effects(seed=3, reduce_flashing=reduce)
    order = [(FADE_WHITE, True), (FADE_WHITE, False), ((24, 20, 37), True), ((24, 20, 37), False)]

    def draw(canvas: pygame.Surface, t: int) -> None:
        if t % 30 == 0:
            fx.clear()
            colour, closing = order[(t // 30) % len(order)]
            fx.start(Fade(30, closing=closing, color=colour))
        fx.update()
        canvas.blit(base, (0, 0))
        fx.draw(canvas)

    return draw


def glitches(base: pygame.Surface, reduce: bool) -> Frame:
    """The dream shattering without pause: a full-strength glitch (a Dissolve with reduce-flashing), the overlap's
    white Dissolve, the shortest the story asks (10 ticks) and the usual 40."""
    fx = Effects(seed=4, reduce_flashing=reduce)

    def draw(canvas: pygame.Surface, t: int) -> None:
        phase = t % 120
        if phase in (0, 40):
            fx.glitch(40, 1.0)
        if phase == 80:
            fx.glitch(10, 1.0)
        if phase == 90:
            fx.start(Dissolve(30, closing=False, color=FADE_WHITE))
        fx.update()
        canvas.blit(base, (0, 0))
        fx.draw(canvas)

    return draw


def viewfinder(base: pygame.Surface, reduce: bool) -> Frame:
    vf = Viewfinder()

    def draw(canvas: pygame.Surface, t: int) -> None:
        if t % 20 == 0:
            vf.set_active((t // 20) % 2 == 0)  # a player mashing the camcorder button three times a second
        vf.update()
        canvas.blit(base, (0, 0))
        vf.draw(canvas, t, 0.2)

    return draw


def cube(base: pygame.Surface, reduce: bool) -> Frame:
    renderer = CubeRenderer()
    lights = LightMap((W, H))
    states = list(STYLES)

    def draw(canvas: pygame.Surface, t: int) -> None:
        state = states[(t // 30) % len(states)]
        view = CubeView(320 + 80 * (t % 90) / 90, 220, 80, vx=1.0, tick=t, state=state, radius=70,
                        progress=(t % 30) / 30, awareness=(t % 60) / 60)  # fmt: skip
        canvas.blit(base, (0, 0))
        renderer.draw_shadow(canvas, view)
        lamp = Light(100, 100, 60, (254, 174, 52), flicker(t), LightKind.POINT)
        lights.apply(canvas, [renderer.light(view), lamp], 0.85)
        renderer.draw_ground(canvas, view)
        renderer.draw_body(canvas, view)

    return draw


def atmosphere(base: pygame.Surface, reduce: bool) -> Frame:
    petals = Particles(ParticleKind.ASH, 200, 5)
    ui = UI(TextRenderer())

    def draw(canvas: pygame.Surface, t: int) -> None:
        petals.update()
        if (t // 60) % 2:
            ui.draw_title_background(canvas, t)
        else:
            canvas.blit(base, (0, 0))
            petals.draw(canvas, (t * 0.5, 0.0))
            ui.draw_battery(canvas, (600, 20), 0.1, t)
            ui.draw_awareness(canvas, (580, 20), (t % 120) / 120)
        if t > 80:
            ui.draw_chapter_card(canvas, "Chapter", "The Dream", (t - 80) / 120)

    return draw


def caught(base: pygame.Surface, reduce: bool) -> Frame:
    """Caught again and again: the white breath of the caught overlay, back to back."""
    ctx = build_context(RunOptions(headless=True), Profile.fresh(), Settings(reduce_flashing=reduce))
    overlay = CaughtScene(ctx, Session.new(seed=1))

    def draw(canvas: pygame.Surface, t: int) -> None:
        nonlocal overlay
        if overlay.update(InputFrame()) is not None:
            overlay = CaughtScene(ctx, Session.new(seed=1))
        canvas.blit(base, (0, 0))
        overlay.draw(canvas, 1.0)

    return draw


EFFECTS = {
    "shake": shake,
    "fades": fades,
    "glitches": glitches,
    "viewfinder": viewfinder,
    "cube": cube,
    "atmosphere": atmosphere,
    "caught": caught,
}


@pytest.mark.parametrize("reduce", [False, True], ids=["default", "reduce-flashing"])
@pytest.mark.parametrize("background", ["night", "day"])
@pytest.mark.parametrize("name", list(EFFECTS))
def test_effect_at_its_strongest_stays_under_three_flashes(
    backgrounds: dict[str, pygame.Surface], name: str, background: str, reduce: bool
) -> None:
    meter = metered(EFFECTS[name](backgrounds[background], reduce), 200)
    assert meter.max_flashes_per_second() <= LIMIT, f"{name}: {meter.report()}"


# -- the whole game -----------------------------------------------------------------------------------------

LOUD = {CueKind.FADE, CueKind.EFFECT, CueKind.SHAKE, CueKind.CAUGHT}
AFTER_CUE = 180
"""Ticks drawn after a cue that starts a screen effect (the story's last 120 ticks at most): it and what follows."""
SAMPLE_EVERY, SAMPLE_FOR = 1800, 75
"""Besides, 1.25 s of every 30 s of play is drawn."""


class GameWatch:
    """Decides which ticks of a bot game to draw; each unbroken run of drawn ticks is metered on its own."""

    def __init__(self) -> None:
        self.stack: SceneStack | None = None
        self.until = 0
        self.last = -2
        self.meter = FlashMeter((W, H))
        self.worst: list[tuple[float, str]] = []
        self.frames = 0
        self.scenes: set[str] = set()

    def wants(self, tick: int) -> bool:
        top = self.stack.top if self.stack is not None else None
        if not isinstance(top, PlayScene):
            return True  # title, chapter cards, caught, pause, the ending: every frame
        if any(
            cue.kind in LOUD or (cue.kind is CueKind.AI and cue.name == "lock_on") for cue in top.sim.cues
        ):
            self.until = tick + AFTER_CUE
        self.scenes.add(top.level.scene)
        return tick <= self.until or tick % SAMPLE_EVERY < SAMPLE_FOR

    def see(self, tick: int, canvas: pygame.Surface) -> None:
        if tick != self.last + 1:
            self._close()
        self.last = tick
        self.frames += 1
        self.meter.add(canvas)

    def _close(self) -> None:
        if self.meter.frame:
            self.worst.append(
                (self.meter.max_flashes_per_second(), f"up to tick {self.last}: {self.meter.report()}")
            )
        self.meter = FlashMeter((W, H))


def test_the_bot_playing_the_whole_game_stays_under_three_flashes() -> None:
    watch = GameWatch()

    def source(_ctx: object, stack: SceneStack) -> Bot:
        watch.stack = stack
        return Bot(stack, 1)

    result = run_headless(
        RunOptions(seed=1, headless=True),
        HeadlessOptions(source=source, watch=watch.wants, on_frame=watch.see),
    )
    watch._close()
    assert result.outcome == "ending", result.error
    assert watch.scenes == {"forest", "mall", "fantasy", "confrontation"}
    assert watch.frames > 4000, f"enough of the game was drawn ({watch.frames} frames)"
    worst = max(watch.worst)
    assert worst[0] <= LIMIT, worst[1]
