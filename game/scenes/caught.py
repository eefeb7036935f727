"""Caught: the light takes the pair; a breath of white, then back to the last checkpoint (under two seconds)."""

from __future__ import annotations

import pygame

from game.context import Context
from game.i18n import Msg
from game.input.frame import InputFrame
from game.render.effects import veil
from game.render.palette import WHITE
from game.scene import BaseScene, Pop, Transition
from game.sim.session import Session

CAUGHT_TICKS = 90
"""How long the caught overlay lasts before the retry: 1.5 s."""
FOUND = Msg("ui.caught.found", "Found.")
BACK_TO_SAFETY = Msg("ui.caught.back", "Back to the last safe place")


class CaughtScene(BaseScene):
    """An overlay over the frozen level; pops with the retry request when its time is up."""

    name = "caught"
    overlay = True

    def __init__(self, ctx: Context, session: Session) -> None:
        self.ctx = ctx
        self.session = session
        self.tick = 0

    def update(self, frame: InputFrame) -> Transition | None:
        """Count down; the retry needs no input."""
        self.tick += 1
        if self.tick >= CAUGHT_TICKS:
            from game.scenes.play import RETRY

            return Pop(RETRY)
        return None

    def draw(self, canvas: pygame.Surface, alpha: float) -> None:
        """White rises (gently, once: no flash), the word, then the white gives way to the retry."""
        t = (self.tick + alpha) / CAUGHT_TICKS
        amount = min(1.0, t / 0.35) if t < 0.7 else max(0.0, 1.0 - (t - 0.7) / 0.3)
        veil(canvas, WHITE, amount * 0.92)
        if 0.15 < t < 0.85:
            text = self.ctx.art.text
            w, h = canvas.get_size()
            tr = self.ctx.i18n
            text.draw(
                canvas, tr.msg(FOUND), (w // 2, h // 2 - 10), (58, 68, 102), title=True, anchor="center"
            )
            text.draw(canvas, tr.msg(BACK_TO_SAFETY), (w // 2, h // 2 + 14), (90, 105, 136), anchor="center")
