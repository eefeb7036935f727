"""The services a scene gets from the app: options, profile, settings, the scene factory and the run log."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from game.assets import LEVELS_ROOT
from game.i18n import Translator
from game.input.devices import Device
from game.profile import Notice, Profile, unsaved_notice
from game.settings import Settings, save_settings

if TYPE_CHECKING:
    import pygame

    from game.audio import Audio
    from game.render.art import Art
    from game.scene import Scene
    from game.sim.session import Session

LEVELS_DIR = LEVELS_ROOT


@dataclass(frozen=True, slots=True)
class RunOptions:
    """How this run was started (from the command line)."""

    seed: int = 0
    headless: bool = False
    scene: str | None = None
    map_path: Path | None = None
    lang: str | None = None
    """``--lang``: the language for this run; ``None`` uses the settings' language."""
    stop_on_exit: bool = False
    """End the run when the player leaves the starting map (``headless --scene/--map``)."""
    watch: bool = False
    renders: bool = False
    """Every frame is drawn (a window, or ``headless --render``): load map images with the map."""
    debug: bool = False
    levels_dir: Path = LEVELS_DIR


@dataclass(slots=True)
class RunLog:
    """What happened in the run, for the headless summary and for tests."""

    session: Session | None = None
    outcome: str | None = None
    exit: str | None = None
    error: str | None = None
    messages: list[str] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    """Messages the title shows (set-aside profile files) until it has shown them."""
    unsaved: Notice | None = None
    """Why the last autosave or settings write failed (``None`` once one succeeds): play shows it."""
    unsaved_tick: int = 0
    """Counts up every time a write fails, so the HUD shows each failure for a while."""
    echo: bool = True
    """Print each message to stderr as it comes (not only after the window closes)."""

    def note(self, message: str) -> None:
        """Keep a message for the player (a set-aside save, a bad setting); a :class:`Notice` is also shown
        in the game."""
        self.messages.append(message)
        if isinstance(message, Notice):
            self.notices.append(message)
        if self.echo:
            print(message, file=sys.stderr, flush=True)

    def write_failed(self, exc: OSError | ValueError) -> None:
        """A profile write failed: play goes on, the player is told why (once on stderr per new reason)."""
        notice = unsaved_notice(exc)
        if self.unsaved is None or str(self.unsaved) != str(notice):
            self.messages.append(notice)
            if self.echo:
                print(notice, file=sys.stderr, flush=True)
        self.unsaved = notice
        self.unsaved_tick += 1

    def write_succeeded(self) -> None:
        """A profile write went through: progress is being saved again."""
        self.unsaved = None


class KeyCapture(Protocol):
    """Raw presses for rebinding: the next key or pad button is captured instead of acting (Devices)."""

    def start_capture(self, device: Device) -> None:
        """Capture the next press on ``device`` (Esc on the keyboard is always captured, to cancel)."""

    def take_capture(self) -> str | None:
        """The captured key or button name, once, or ``None`` while waiting."""

    def cancel_capture(self) -> None:
        """Stop waiting for a press."""


class SceneFactory(Protocol):
    """Builds scenes by name, so scenes lead to one another without importing each other
    (``game.scenes.factory.Scenes`` is the game's)."""

    def title(self, ctx: Context) -> Scene:
        """The title menu."""

    def play(
        self,
        ctx: Context,
        session: Session,
        scene: str | None,
        map_path: Path | None = None,
        resume: dict[str, object] | None = None,
    ) -> Scene:
        """A level, by scene id or by map file; ``resume`` continues a saved level state."""

    def chapter(self, ctx: Context, session: Session, scene: str, map_path: Path | None = None) -> Scene:
        """The chapter card before a level."""

    def pause(self, ctx: Context, cutscene: bool = False, backlog: bool = False) -> Scene:
        """The pause overlay (with Skip scene during a cutscene, Backlog once lines were said)."""

    def backlog(self, ctx: Context, draw: Callable[[pygame.Surface], None]) -> Scene:
        """The last lines, drawn by the level's HUD."""

    def caught(self, ctx: Context, session: Session) -> Scene:
        """The caught overlay, then the retry."""

    def ending(self, ctx: Context, session: Session, ending: str) -> Scene:
        """The ending and credits."""

    def settings(self, ctx: Context) -> Scene:
        """The settings screen."""


@dataclass(slots=True)
class Context:
    """Passed to every scene; the app builds it once."""

    options: RunOptions
    profile: Profile
    settings: Settings
    log: RunLog
    scenes: SceneFactory
    debug_overlay: bool = False
    audio: Audio | None = None
    """The mixer in a window; ``None`` headless (no sound card needed, nothing to hear)."""
    settings_listeners: list[Callable[[Settings], None]] = field(default_factory=list)
    i18n: Translator = field(default_factory=Translator)
    """The player's language: ``ctx.i18n.tr("ui.x", "English")``; story lines via ``ctx.i18n.line(view)``."""
    device: Device = Device.KEYBOARD
    """The device the player touched last (on-screen prompts follow it); the app updates it every frame."""
    capture: KeyCapture | None = None
    """Raw key capture for rebinding (the devices, in a window; nothing headless)."""
    _art: Art | None = None

    def ui_sound(self, name: str) -> None:
        """A menu blip (silent headless)."""
        if self.audio is not None:
            self.audio.play(name, volume=0.6)

    def music(self, track: str | None) -> None:
        """Change the music (silent headless)."""
        if self.audio is not None:
            self.audio.play_music(track)

    @property
    def art(self) -> Art:
        """Shared art, loaded on first use (only scenes that draw ask for it)."""
        if self._art is None:
            from game.render.art import Art

            self._art = Art()
        return self._art

    def change_settings(self, settings: Settings) -> None:
        """Use and save new settings at once; tell whoever listens (window, audio, input)."""
        self.settings = settings
        try:
            save_settings(self.profile.settings_path, settings)
        except (OSError, ValueError) as exc:
            self.log.write_failed(exc)
        for listener in self.settings_listeners:
            listener(settings)
