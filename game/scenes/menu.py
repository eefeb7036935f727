"""A vertical menu driven by the same actions as play: up/down to move, confirm to choose, back to leave."""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.input.frame import Action, InputFrame
from game.render.text import TextRenderer

TEXT = (232, 232, 240)
DIM = (139, 155, 180)
HIGHLIGHT = (254, 231, 97)


@dataclass(frozen=True, slots=True)
class MenuItem:
    """One entry: the id the scene acts on and the label shown."""

    id: str
    label: str
    enabled: bool = True


class Menu:
    """The cursor over a list of items; :meth:`update` returns the id chosen this tick, or ``"back"``."""

    def __init__(self, items: list[MenuItem], back: str | None = None) -> None:
        if not items:
            raise ValueError("a menu needs at least one item")
        self.items = items
        self.back = back
        self.index = next((i for i, item in enumerate(items) if item.enabled), 0)

    @property
    def current(self) -> MenuItem:
        """The item under the cursor."""
        return self.items[self.index]

    def _step(self, delta: int) -> None:
        for _ in range(len(self.items)):
            self.index = (self.index + delta) % len(self.items)
            if self.items[self.index].enabled:
                return

    def update(self, frame: InputFrame) -> str | None:
        """Move the cursor or choose: the chosen item's id, the ``back`` id, or ``None``."""
        if frame.was_pressed(Action.UP):
            self._step(-1)
        if frame.was_pressed(Action.DOWN):
            self._step(1)
        if frame.was_pressed(Action.CONFIRM) and self.current.enabled:
            return self.current.id
        if frame.was_pressed(Action.BACK) and self.back is not None:
            return self.back
        return None

    def draw(self, canvas: pygame.Surface, text: TextRenderer, top: int, centre_x: int) -> None:
        """Draw the items as a centred column starting at ``top``."""
        y = top
        for i, item in enumerate(self.items):
            selected = i == self.index
            colour = HIGHLIGHT if selected else (TEXT if item.enabled else DIM)
            label = f"> {item.label} <" if selected else item.label
            text.draw(canvas, label, (centre_x, y), colour, shadow=(24, 20, 37), anchor="midtop")
            y += text.line_height + 6
