"""The backlog: the last lines of dialogue again, over the frozen level, until the player goes back."""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.context import Context
from game.input.frame import Action, InputFrame
from game.render.effects import veil
from game.render.palette import INK
from game.scene import BaseScene, Pop, Transition

CLOSE = Action.BACK | Action.CONFIRM | Action.PAUSE


class BacklogScene(BaseScene):
    """An overlay; any of back, confirm or pause closes it."""

    name = "backlog"
    overlay = True
    real_time = True

    def __init__(self, ctx: Context, draw: Callable[[pygame.Surface], None]) -> None:
        self.ctx = ctx
        self._draw = draw

    def update(self, frame: InputFrame) -> Transition | None:
        """Close on back, confirm or pause."""
        return Pop() if frame.pressed & CLOSE else None

    def draw(self, canvas: pygame.Surface, alpha: float) -> None:
        """Dim the level and let the HUD draw its backlog."""
        veil(canvas, INK, 0.5)
        self._draw(canvas)
