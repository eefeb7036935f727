"""Dialogue as a player handles it: read a line, press to go on; pick an option with the cursor, then confirm.

Presses alternate with empty ticks, as fingers do, and a line stays up a little after it is fully shown (a
reader's pause). Choices are made with the bot's own generator, never the simulation's.
"""

from __future__ import annotations

import random

from game.input.frame import IDLE, Action, InputFrame
from game.view.player_view import ChoiceView, LineView

READ_TICKS = 12
"""Ticks a fully shown line stays before the bot moves on."""

CONFIRM = InputFrame(held=Action.CONFIRM, pressed=Action.CONFIRM)
UP = InputFrame(held=Action.UP, pressed=Action.UP)
DOWN = InputFrame(held=Action.DOWN, pressed=Action.DOWN)


class Talk:
    """Advances lines and makes choices."""

    def __init__(self, rng: random.Random, read_ticks: int = READ_TICKS) -> None:
        self.rng = rng
        self.read_ticks = read_ticks
        self.line_id: str | None = None
        self.line_ticks = 0
        self.pressed_last = False
        self.choice_key: tuple[str, ...] = ()
        self.pick = 0
        self.lines = 0
        """Lines read so far (progress the watchdog counts)."""
        self.choices: list[str] = []
        """The id of every option picked, in order."""

    def line(self, view: LineView) -> InputFrame:
        """The frame for a line waiting on the player."""
        if view.id != self.line_id:
            self.line_id = view.id
            self.line_ticks = 0
            self.lines += 1
        self.line_ticks += 1
        if self.pressed_last:
            self.pressed_last = False
            return IDLE
        if view.reveal < 1.0 or self.line_ticks >= self.read_ticks:
            # The first press shows the whole line; the next, after reading, moves on.
            if view.reveal < 1.0 and self.line_ticks < 4:
                return IDLE
            self.pressed_last = True
            return CONFIRM
        return IDLE

    def choose(self, view: ChoiceView, cursor: int) -> InputFrame:
        """The frame for a choice: move the cursor to the option picked by lot, then confirm."""
        key = tuple(option.id for option in view.options)
        if key != self.choice_key:
            self.choice_key = key
            self.pick = self.rng.randrange(len(view.options)) if view.options else 0
        if self.pressed_last:
            self.pressed_last = False
            return IDLE
        self.pressed_last = True
        if cursor < self.pick:
            return DOWN
        if cursor > self.pick:
            return UP
        self.choices.append(view.options[self.pick].id)
        self.choice_key = ()
        return CONFIRM
