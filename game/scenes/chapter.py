"""A chapter card between scenes: the scene's name over black, then the level."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.context import Context
from game.input.frame import Action, InputFrame
from game.scene import BaseScene, Replace, Transition
from game.sim.session import Session

CARD_TICKS = 210
"""A chapter card shows for 3.5 s (confirm skips it after the first half second)."""
SKIPPABLE_AFTER = 30

TITLES: dict[str, tuple[str, str]] = {
    "forest": ("I. The Dead Forest", "Keep moving. Keep together."),
    "mall": ("II. The Mall", "Somewhere to breathe."),
    "fantasy": ("III. The Dream", "What we would have had."),
    "confrontation": ("IV. The White Waste", "Find each other."),
}


class ChapterScene(BaseScene):
    """Shows the card, then replaces itself with the level."""

    name = "chapter"

    def __init__(self, ctx: Context, session: Session, scene: str, map_path: Path | None) -> None:
        self.ctx = ctx
        self.session = session
        self.scene = scene
        self.map_path = map_path
        self.tick = 0

    def update(self, frame: InputFrame) -> Transition | None:
        """Count down (or skip), then start the level."""
        self.tick += 1
        skip = self.tick > SKIPPABLE_AFTER and frame.was_pressed(Action.CONFIRM)
        if self.tick >= CARD_TICKS or skip:
            return Replace(self.ctx.scenes.play(self.ctx, self.session, self.scene, self.map_path))
        return None

    def draw(self, canvas: pygame.Surface, alpha: float) -> None:
        """The card at its progress."""
        title, subtitle = TITLES.get(self.scene, (self.scene.replace("_", " ").title(), ""))
        self.ctx.art.ui.draw_chapter_card(canvas, title, subtitle, min(1.0, (self.tick + alpha) / CARD_TICKS))
