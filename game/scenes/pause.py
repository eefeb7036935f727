"""The pause overlay: Resume, Restart scene, Settings, Quit to title. The level beneath stays frozen."""

from __future__ import annotations

import pygame

from game.context import Context
from game.input.frame import Action, InputFrame
from game.render.text import TextRenderer
from game.scene import BaseScene, Pop, Push, Reset, Transition
from game.scenes.menu import Menu, MenuItem

RESTART = "restart"
"""What the pause menu's Pop carries when the player asked to restart the scene."""


class PauseScene(BaseScene):
    """Drawn over the frozen level."""

    name = "pause"
    overlay = True

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.text = TextRenderer()
        self.menu = Menu(
            [
                MenuItem("resume", "Resume"),
                MenuItem("restart", "Restart scene"),
                MenuItem("settings", "Settings"),
                MenuItem("title", "Quit to title"),
            ],
            back="resume",
        )
        self._veil: pygame.Surface | None = None

    def update(self, frame: InputFrame) -> Transition | None:
        """Run the menu; the pause key resumes too."""
        if frame.was_pressed(Action.PAUSE):
            return Pop()
        match self.menu.update(frame):
            case "resume":
                return Pop()
            case "restart":
                return Pop(RESTART)
            case "settings":
                return Push(self.ctx.scenes.settings(self.ctx))
            case "title":
                return Reset(self.ctx.scenes.title(self.ctx))
        return None

    def draw(self, canvas: pygame.Surface, alpha: float) -> None:
        """A dark veil, the word Paused and the menu."""
        if self._veil is None or self._veil.get_size() != canvas.get_size():
            self._veil = pygame.Surface(canvas.get_size(), pygame.SRCALPHA)
            self._veil.fill((24, 20, 37, 170))
        canvas.blit(self._veil, (0, 0))
        w = canvas.get_width()
        self.text.draw(canvas, "Paused", (w // 2, 110), (232, 232, 240), title=True, anchor="midtop")
        self.menu.draw(canvas, self.text, 160, w // 2)
