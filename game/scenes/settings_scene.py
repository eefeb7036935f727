"""Settings. For now an honest placeholder: it says what is coming and changes nothing."""

from __future__ import annotations

import pygame

from game.context import Context
from game.input.frame import Action, InputFrame
from game.render.text import TextRenderer
from game.scene import BaseScene, Pop, Transition

LINES = (
    "Settings are not built yet.",
    "Volumes, controls, text and accessibility",
    "options arrive in a later version.",
    "",
    "Press confirm or back to return.",
)


class SettingsScene(BaseScene):
    """A placeholder screen that admits it is one."""

    name = "settings"

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.text = TextRenderer()

    def update(self, frame: InputFrame) -> Transition | None:
        """Any confirm or back returns."""
        if frame.was_pressed(Action.CONFIRM) or frame.was_pressed(Action.BACK):
            return Pop()
        return None

    def draw(self, canvas: pygame.Surface, alpha: float) -> None:
        """The message, centred."""
        canvas.fill((24, 20, 37))
        w = canvas.get_width()
        self.text.draw(canvas, "Settings", (w // 2, 70), (232, 232, 240), title=True, anchor="midtop")
        y = 130
        for line in LINES:
            self.text.draw(canvas, line, (w // 2, y), (192, 203, 220), anchor="midtop")
            y += self.text.line_height + 4
