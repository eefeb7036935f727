"""Scenes and the stack that owns them.

Lifecycle of a scene, in order (the stack is the only caller):

1. ``enter()`` — it was pushed (or replaced into place); it is now on top.
2. ``update(frame)`` — once per fixed tick while on top; returns a :data:`Transition` or ``None``.
   ``draw(canvas, alpha)`` — once per rendered frame while visible; must not change game state.
3. ``cover()`` — another scene was pushed over it; it stops getting updates (it is frozen).
   ``uncover(result)`` — the scene above was popped; ``result`` is what that scene's ``Pop`` carried.
4. ``leave()`` — it is being removed (popped, replaced or reset away); release what it holds.

A scene with ``overlay = True`` (pause, dialogue boxes) is drawn over the frozen scenes beneath it; drawing
starts at the topmost scene that is not an overlay.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import pygame

    from game.input.frame import InputFrame


class Scene(Protocol):
    """A screen of the game: it updates on ticks, draws on frames and asks the stack for transitions."""

    name: str
    overlay: bool
    real_time: bool
    """Menus run at real speed whatever the game-speed setting (the pause menu, settings, the title)."""

    def enter(self) -> None:
        """Called once when the scene becomes part of the stack."""

    def leave(self) -> None:
        """Called once when the scene leaves the stack."""

    def cover(self) -> None:
        """Another scene was pushed on top of this one."""

    def uncover(self, result: object) -> None:
        """The scene on top was popped; ``result`` is what its ``Pop`` carried."""

    def update(self, frame: InputFrame) -> Transition | None:
        """Advance one fixed tick with this tick's input."""

    def draw(self, canvas: pygame.Surface, alpha: float) -> None:
        """Draw the scene; ``alpha`` in [0, 1] interpolates between the last two ticks."""

    def snapshot(self) -> dict[str, object] | None:
        """The simulation state this scene holds, for the state hash (``None``: it holds none)."""


class BaseScene:
    """Empty lifecycle hooks, so a scene writes only the ones it needs."""

    name = "scene"
    overlay = False
    real_time = False

    def enter(self) -> None:
        """Nothing to set up."""

    def leave(self) -> None:
        """Nothing to release."""

    def cover(self) -> None:
        """Nothing to pause."""

    def uncover(self, result: object) -> None:
        """Nothing to resume."""

    def snapshot(self) -> dict[str, object] | None:
        """No simulation state."""
        return None


@dataclass(frozen=True, slots=True)
class Push:
    """Put ``scene`` on top; the current top is covered (frozen)."""

    scene: Scene


@dataclass(frozen=True, slots=True)
class Pop:
    """Remove the top scene; the one beneath is uncovered with ``result``."""

    result: object = None


@dataclass(frozen=True, slots=True)
class Replace:
    """Swap the top scene for ``scene``."""

    scene: Scene


@dataclass(frozen=True, slots=True)
class Reset:
    """Clear the stack and start again from ``scene`` (quit to title, new game)."""

    scene: Scene


@dataclass(frozen=True, slots=True)
class Quit:
    """Leave the game."""

    reason: str = "quit"


Transition = Push | Pop | Replace | Reset | Quit


@dataclass(slots=True)
class SceneStack:
    """Owns the scenes; :meth:`apply` is the only place the stack changes."""

    scenes: list[Scene] = field(default_factory=list)
    quit_reason: str | None = None
    on_change: Callable[[Scene | None], None] | None = None
    """Told the new top scene after every change (the app uses it, e.g. to reset input edges)."""

    @property
    def top(self) -> Scene | None:
        """The scene that gets updates, or ``None`` when the stack is empty."""
        return self.scenes[-1] if self.scenes else None

    @property
    def done(self) -> bool:
        """True once the game should end (a ``Quit``, or nothing left on the stack)."""
        return self.quit_reason is not None or not self.scenes

    def push(self, scene: Scene) -> None:
        """Start with (or add) a scene."""
        self.apply(Push(scene))

    def update(self, frame: InputFrame) -> None:
        """Run one tick on the top scene and apply what it returns."""
        top = self.top
        if top is None or self.quit_reason is not None:
            return
        transition = top.update(frame)
        if transition is not None:
            self.apply(transition)

    def apply(self, transition: Transition) -> None:
        """Change the stack as ``transition`` says, calling the lifecycle hooks in order."""
        match transition:
            case Push(scene):
                if self.scenes:
                    self.scenes[-1].cover()
                self.scenes.append(scene)
                scene.enter()
            case Pop(result):
                if self.scenes:
                    self.scenes.pop().leave()
                if self.scenes:
                    self.scenes[-1].uncover(result)
            case Replace(scene):
                if self.scenes:
                    self.scenes.pop().leave()
                self.scenes.append(scene)
                scene.enter()
            case Reset(scene):
                while self.scenes:
                    self.scenes.pop().leave()
                self.scenes.append(scene)
                scene.enter()
            case Quit(reason):
                self.quit_reason = reason
        if self.on_change is not None:
            self.on_change(self.top)

    def visible(self) -> list[Scene]:
        """The scenes to draw, bottom first: from the topmost non-overlay scene up."""
        start = 0
        for i in range(len(self.scenes) - 1, -1, -1):
            if not self.scenes[i].overlay:
                start = i
                break
        return self.scenes[start:]

    def draw(self, canvas: pygame.Surface, alpha: float) -> None:
        """Draw every visible scene, bottom first. Frozen scenes beneath draw with alpha 1 (no motion)."""
        visible = self.visible()
        for scene in visible:
            scene.draw(canvas, alpha if scene is visible[-1] else 1.0)

    def close(self) -> None:
        """Leave every scene (top first), e.g. at shutdown."""
        while self.scenes:
            self.scenes.pop().leave()
