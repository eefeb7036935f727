"""The app: builds the services, owns the scene stack and drives the loop — in a window or headless."""

from __future__ import annotations

import importlib
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol

import pygame

from game import stop
from game.audio import Audio
from game.context import Context, RunLog, RunOptions
from game.i18n import Translator
from game.input.devices import Devices, SystemEvent
from game.input.frame import InputEndedError, InputFrame
from game.input.replay import Recorder, Replay, ReplayHeader
from game.loop import TICK_RATE, FixedStep
from game.profile import Profile
from game.render.text import TextSize
from game.render.window import CANVAS_SIZE, Window, scale_canvas
from game.scene import Push, Scene, SceneStack
from game.scenes.factory import Scenes
from game.settings import Settings, load_settings
from game.sim.session import Session
from game.sim.state_hash import state_hash

FRAME_CAP = 240
"""Frames per second at most when vsync does not hold the loop back (a dummy or headless-like display)."""


class FrameSource(Protocol):
    """Something that hands out one input frame per tick: devices, a replay, or a bot."""

    def next_frame(self) -> InputFrame:
        """The frame for the next tick."""
        ...


def build_context(options: RunOptions, profile: Profile, settings: Settings) -> Context:
    """The services every scene gets; text size follows the settings, the language ``--lang`` or them."""
    translator = Translator(options.lang or settings.language)
    ctx = Context(
        options=options,
        profile=profile,
        settings=settings,
        log=RunLog(),
        scenes=Scenes(),
        i18n=translator,
    )
    for message in translator.messages:
        ctx.log.note(message)
    ctx.art.text.set_size(TextSize(settings.text_size))
    ctx.settings_listeners.append(lambda s: ctx.art.text.set_size(TextSize(s.text_size)))
    return ctx


class ScaledTime:
    """Game time for the fixed-step clock: real time scaled by the game-speed assist (windowed runs only).

    The simulation still advances in whole ticks of the same length; a slower game simply gets fewer ticks per
    real second, so replays and state hashes are untouched.
    """

    def __init__(self) -> None:
        self._real: float | None = None
        self.now = 0.0

    def advance(self, real_now: float, speed: float) -> float:
        """Account for real time since the last call at ``speed`` (1.0 = normal) and return game time."""
        if self._real is not None:
            self.now += max(0.0, real_now - self._real) * speed
        self._real = real_now
        return self.now


def game_speed(ctx: Context, top: Scene | None) -> float:
    """The speed the top scene runs at: menus (``real_time = True``) never slow down."""
    if top is None or top.real_time:
        return 1.0
    return ctx.settings.game_speed / 100.0


def first_scene(ctx: Context) -> Scene:
    """The title, or the level asked for on the command line (a new game either way)."""
    opts = ctx.options
    if opts.scene is None and opts.map_path is None:
        return ctx.scenes.title(ctx)
    session = Session.new(opts.seed, ctx.settings.sim_settings())
    ctx.log.session = session
    return ctx.scenes.play(ctx, session, opts.scene, opts.map_path)


def full_state(ctx: Context, stack: SceneStack) -> dict[str, object]:
    """The whole simulation state: the session and every scene that holds simulation (for the hash)."""
    scenes: list[object] = []
    for scene in stack.scenes:
        scenes.append([scene.name, scene.snapshot()])
    session = ctx.log.session
    return {"session": session.snapshot() if session else None, "scenes": scenes}


def init_pygame(headless: bool) -> None:
    """Start pygame; headless runs use SDL's dummy drivers so no window or sound card is needed."""
    if headless:
        os.environ["SDL_VIDEODRIVER"] = "dummy"
        os.environ["SDL_AUDIODRIVER"] = "dummy"
    pygame.init()
    stop.install()  # SDL may have taken SIGINT/SIGTERM (a quit event a headless run never reads): take them back


# -- windowed -----------------------------------------------------------------------------------------------


def run_windowed(options: RunOptions, profile: Profile, scale: int, fullscreen: bool) -> RunLog:
    """Play in a window until the player quits (or SIGTERM/SIGINT: :class:`game.stop.StoppedError`)."""
    with stop.armed():
        return _run_windowed(options, profile, scale, fullscreen)


def _run_windowed(options: RunOptions, profile: Profile, scale: int, fullscreen: bool) -> RunLog:
    settings, messages = load_settings(profile.settings_path)
    init_pygame(headless=False)
    window = Window(
        scale=scale or settings.scale, fullscreen=fullscreen or settings.fullscreen, vsync=settings.vsync
    )
    window.apply_settings(settings.fullscreen, settings.scale, settings.vsync)  # the baseline for changes
    ctx = build_context(options, profile, settings)
    for message in messages:
        ctx.log.note(message)
    ctx.audio = _open_audio(settings)
    ctx.settings_listeners.append(lambda s: _apply_volumes(ctx.audio, s))
    devices = Devices(settings.bindings, coop=settings.coop, run_toggle=settings.run_toggle)
    ctx.capture = devices
    ctx.settings_listeners.append(lambda s: devices.set_bindings(s.bindings, s.coop))
    ctx.settings_listeners.append(lambda s: devices.set_run_toggle(s.run_toggle))
    ctx.settings_listeners.append(lambda s: window.apply_settings(s.fullscreen, s.scale, s.vsync))
    stack = SceneStack(on_change=lambda _top: devices.release_all())
    stack.push(first_scene(ctx))
    clock = FixedStep()
    game_time = ScaledTime()
    limiter = pygame.time.Clock()
    had_focus = False
    try:
        while not stack.done and stop.requested() is None:
            for request in devices.pump():
                had_focus = _handle_system(request, ctx, stack, window, had_focus)
            ctx.device = devices.last_device
            steps = clock.advance(game_time.advance(time.perf_counter(), game_speed(ctx, stack.top)))
            for _ in range(steps.ticks):
                stack.update(devices.next_frame())
                if stack.done:
                    break
            if stack.done:
                break
            stack.draw(window.canvas, steps.alpha)
            window.present()
            if ctx.audio is not None:
                ctx.audio.update()
            limiter.tick(FRAME_CAP)
    finally:
        stack.close()
        if ctx.audio is not None:
            ctx.audio.close()
        pygame.quit()
    stop.raise_if_requested()
    ctx.log.outcome = ctx.log.outcome or "quit"
    return ctx.log


def _open_audio(settings: Settings) -> Audio:
    """The mixer, at the player's volumes (silent, never failing, without a sound device)."""
    audio = Audio(enabled=True)
    _apply_volumes(audio, settings)
    return audio


def _apply_volumes(audio: Audio | None, settings: Settings) -> None:
    if audio is not None:
        audio.set_volumes(
            settings.master_volume / 100, settings.music_volume / 100, settings.effects_volume / 100
        )


def _handle_system(
    request: SystemEvent, ctx: Context, stack: SceneStack, window: Window, had_focus: bool
) -> bool:
    """Act on a window-level request; returns whether the window has had focus yet."""
    match request:
        case SystemEvent.QUIT:
            from game.scene import Quit

            stack.apply(Quit("quit"))
        case SystemEvent.TOGGLE_FULLSCREEN:
            window.toggle_fullscreen()
            ctx.change_settings(replace(ctx.settings, fullscreen=window.fullscreen))
        case SystemEvent.RESIZED:
            window.resized()
        case SystemEvent.DEBUG:
            ctx.debug_overlay = not ctx.debug_overlay
        case SystemEvent.SCREENSHOT:
            folder = ctx.profile.data / "screenshots"
            folder.mkdir(parents=True, exist_ok=True)
            pygame.image.save(window.canvas, str(folder / time.strftime("refuge-%Y%m%d-%H%M%S.png")))
        case SystemEvent.FOCUS_GAINED:
            return True
        case SystemEvent.FOCUS_LOST:
            # Pause only once the window has had focus, so a window started in the background still runs.
            top = stack.top
            if had_focus and top is not None and top.name == "play":
                stack.apply(Push(ctx.scenes.pause(ctx)))
    return had_focus


# -- headless -----------------------------------------------------------------------------------------------


@dataclass(slots=True)
class HeadlessOptions:
    """What a headless run does besides the shared run options."""

    ticks: int = 2 * 60 * 60 * TICK_RATE
    render: bool = False
    screenshots: Path | None = None
    every: int = 60
    replay: Replay | None = None
    record: Path | None = None
    profile_dir: Path | None = None
    source: Callable[[Context, SceneStack], FrameSource] | None = None
    """Builds the input source (the bot); otherwise the replay, or an idle player."""
    fingerprint: str | None = None
    """The starting map's :func:`game.input.replay.map_fingerprint`, written into a recording's header."""
    watch: Callable[[int], bool] | None = None
    """Ticks to draw and hand to ``on_frame`` (a meter watching the game: tools/flash_check.py)."""
    on_frame: Callable[[int, pygame.Surface], None] | None = None


@dataclass(slots=True)
class HeadlessResult:
    """The summary of a headless run (DESIGN.md §7)."""

    outcome: str
    ending: str | None
    exit: str | None
    ticks: int
    scenes: list[str]
    caught: int
    seed: int
    state_hash: str
    wall_seconds: float
    messages: list[str] = field(default_factory=list)
    error: str | None = None
    """Why the run ended early (outcome ``error``): e.g. the bot's reason for giving up."""

    def to_json(self) -> dict[str, object]:
        """The JSON summary's object."""
        return {
            "outcome": self.outcome,
            "ending": self.ending,
            "exit": self.exit,
            "ticks": self.ticks,
            "scenes": self.scenes,
            "caught": self.caught,
            "seed": self.seed,
            "state_hash": self.state_hash,
            "wall_seconds": round(self.wall_seconds, 4),
            "error": self.error,
        }


class _Idle:
    def next_frame(self) -> InputFrame:
        return InputFrame()


def run_headless(options: RunOptions, hopts: HeadlessOptions) -> HeadlessResult:
    """Run the real loop with no window, as fast as it goes, and summarize."""
    profile = Profile.at(hopts.profile_dir) if hopts.profile_dir else Profile.fresh()
    try:
        with stop.armed():
            return _run_headless(options, hopts, profile)
    finally:
        profile.discard()


def _run_headless(options: RunOptions, hopts: HeadlessOptions, profile: Profile) -> HeadlessResult:
    settings, messages = load_settings(profile.settings_path)
    if hopts.replay is not None:
        settings, replay_messages = settings.with_sim_settings(hopts.replay.header.sim_settings)
        messages += replay_messages
    init_pygame(headless=True)
    drawing = hopts.render or hopts.screenshots is not None or hopts.on_frame is not None
    canvas: pygame.Surface | None = None
    screen: pygame.Surface | None = None
    if drawing:
        screen = pygame.display.set_mode((CANVAS_SIZE[0] * 2, CANVAS_SIZE[1] * 2))
        canvas = pygame.Surface(CANVAS_SIZE).convert()
    else:
        pygame.display.set_mode((1, 1))
    if hopts.screenshots is not None:
        hopts.screenshots.mkdir(parents=True, exist_ok=True)
    ctx = build_context(options, profile, settings)
    for message in messages:
        ctx.log.note(message)
    stack = SceneStack()
    recorder: Recorder | None = None
    # The level scene's modules load before the clock starts: start-up, not play (a run from the title
    # would otherwise count their import in its first tick).
    importlib.import_module("game.scenes.play")
    try:
        stack.push(first_scene(ctx))
        source: FrameSource
        if hopts.source is not None:
            source = hopts.source(ctx, stack)
        elif hopts.replay is not None:
            source = hopts.replay
        else:
            source = _Idle()
        if hopts.record is not None:
            start = {"scene": options.scene, "map": str(options.map_path) if options.map_path else None}
            if hopts.fingerprint is not None:
                start["fingerprint"] = hopts.fingerprint
            recorder = Recorder(hopts.record, ReplayHeader(options.seed, start, settings.sim_settings()))
        ticks = 0
        started = time.perf_counter()
        while ticks < hopts.ticks and not stack.done and stop.requested() is None:
            try:
                frame = source.next_frame()
            except InputEndedError as exc:
                ctx.log.outcome = "error"
                ctx.log.error = str(exc)
                break
            if recorder is not None:
                recorder.add(frame)
            stack.update(frame)
            ticks += 1
            shot = hopts.screenshots is not None and ticks % hopts.every == 0
            watched = hopts.on_frame is not None and (hopts.watch is None or hopts.watch(ticks))
            if (
                canvas is not None
                and screen is not None
                and (hopts.render or shot or watched)
                and not stack.done
            ):
                stack.draw(canvas, 1.0)
                if watched and hopts.on_frame is not None:
                    hopts.on_frame(ticks, canvas)
                if hopts.render:
                    scale_canvas(canvas, screen)
                    pygame.display.flip()
                if shot and hopts.screenshots is not None:
                    pygame.image.save(canvas, str(hopts.screenshots / f"{ticks:06d}.png"))
        wall = time.perf_counter() - started
        digest = state_hash(full_state(ctx, stack))
        ended_by = stack.quit_reason or ("quit" if stack.done else "ticks")
    finally:
        if recorder is not None:
            recorder.close()
        stack.close()
        pygame.quit()
    stop.raise_if_requested()
    log = ctx.log
    if log.outcome is None:
        log.outcome = ended_by
    session = log.session
    return HeadlessResult(
        outcome=log.outcome,
        ending=session.ending if session else None,
        exit=log.exit,
        ticks=ticks,
        scenes=list(session.scenes) if session else [],
        caught=session.caught if session else 0,
        seed=options.seed,
        state_hash=digest,
        wall_seconds=wall,
        messages=list(log.messages),
        error=log.error,
    )
