"""Actors that walk the level: the pair. Mutable state, updated in place every tick."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Facing(Enum):
    """The four directions a sprite can face."""

    DOWN = "down"
    UP = "up"
    LEFT = "left"
    RIGHT = "right"

    @staticmethod
    def of(dx: float, dy: float, current: Facing) -> Facing:
        """The facing for a move vector; keeps ``current`` when standing still."""
        if dx == 0 and dy == 0:
            return current
        if abs(dx) > abs(dy):
            return Facing.RIGHT if dx > 0 else Facing.LEFT
        return Facing.DOWN if dy > 0 else Facing.UP


@dataclass(frozen=True, slots=True)
class MoveIntent:
    """What an actor wants to do this tick: the one intent type the keyboard, the partner AI and the bot speak."""

    dx: float = 0.0
    dy: float = 0.0
    run: bool = False


STILL = MoveIntent()


@dataclass(slots=True)
class Actor:
    """One of the pair. ``x``/``y`` is where the feet stand, in pixels; ``prev_*`` is last tick's, for drawing."""

    name: str
    x: float
    y: float
    prev_x: float = 0.0
    prev_y: float = 0.0
    facing: Facing = Facing.DOWN
    moving: bool = False
    running: bool = False
    hidden: bool = False
    """Hidden from the light this tick (on cover, walking not running, or inside a hide spot)."""
    hide_spot: int | None = None
    """The id of the HideSpot object the actor is inside, if any."""
    step_ticks: int = 0
    """Ticks spent moving, for walk cycles and footstep timing."""

    def __post_init__(self) -> None:
        self.prev_x, self.prev_y = self.x, self.y

    def place(self, x: float, y: float) -> None:
        """Put the actor somewhere at once (spawn, checkpoint), with no interpolation from the old place."""
        self.x = self.prev_x = x
        self.y = self.prev_y = y
        self.moving = self.running = False
        self.hide_spot = None

    def snapshot(self) -> list[object]:
        """The actor's state as plain values for the state hash."""
        return [
            self.name,
            round(self.x, 3),
            round(self.y, 3),
            self.facing.value,
            self.moving,
            self.running,
            self.hidden,
            self.hide_spot,
            self.step_ticks,
        ]
