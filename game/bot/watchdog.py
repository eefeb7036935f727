"""Whether the bot is getting anywhere: progress is a new goal, a step nearer the goal, or the story moving on.

When none of these has happened for ``limit`` ticks of play, the bot gives up with a reason a person can act
on (which scene, which objective and target, how far, how often caught, what it tried).
"""

from __future__ import annotations

import math

from game.input.frame import InputEndedError

STALL_TICKS = 5 * 60 * 60
"""Five minutes of game time with no progress and the bot gives up."""


class BotStuckError(InputEndedError):
    """The bot cannot finish: the message says where and why."""


class Watchdog:
    """Counts play ticks since the last progress."""

    def __init__(self, limit: int = STALL_TICKS) -> None:
        self.limit = limit
        self.key: object = None
        self.best = math.inf
        self.since = 0
        self.story_marks = 0

    def goal(self, key: object) -> None:
        """The bot's goal this tick (a new one is progress)."""
        if key != self.key:
            self.key = key
            self.best = math.inf
            self.since = 0

    def distance(self, tiles: float) -> None:
        """How far the goal is now (a tile nearer than ever is progress)."""
        if tiles < self.best - 1.0:
            self.best = tiles
            self.since = 0

    def story(self, marks: int) -> None:
        """How many lines and choices the story has shown (more is progress)."""
        if marks != self.story_marks:
            self.story_marks = marks
            self.since = 0

    def tick(self) -> bool:
        """Count one tick of play; True once the limit is passed."""
        self.since += 1
        return self.since > self.limit

    def reset(self) -> None:
        """Progress of another kind (a new scene): start counting again."""
        self.key = None
        self.best = math.inf
        self.since = 0
