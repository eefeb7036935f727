"""A chapter card between scenes: the scene's name over black, then the level."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.context import Context
from game.i18n import Msg
from game.input.frame import Action, InputFrame
from game.scene import BaseScene, Replace, Transition
from game.sim.session import Session

CARD_TICKS = 210
"""A chapter card shows for 3.5 s (confirm skips it after the first half second)."""
SKIPPABLE_AFTER = 30

TITLES: dict[str, tuple[Msg, Msg]] = {
    "forest": (
        Msg("ui.chapter.forest", "I. The Dead Forest"),
        Msg("ui.chapter.forest.sub", "Keep moving. Keep together."),
    ),
    "mall": (Msg("ui.chapter.mall", "II. The Mall"), Msg("ui.chapter.mall.sub", "Somewhere to breathe.")),
    "fantasy": (
        Msg("ui.chapter.fantasy", "III. The Dream"),
        Msg("ui.chapter.fantasy.sub", "What we would have had."),
    ),
    "confrontation": (
        Msg("ui.chapter.confrontation", "IV. The White Waste"),
        Msg("ui.chapter.confrontation.sub", "Find each other."),
    ),
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

    def enter(self) -> None:
        """Silence between chapters; the level brings its own music."""
        self.ctx.music(None)

    def update(self, frame: InputFrame) -> Transition | None:
        """Count down (or skip), then start the level."""
        self.tick += 1
        skip = self.tick > SKIPPABLE_AFTER and frame.was_pressed(Action.CONFIRM)
        if self.tick >= CARD_TICKS or skip:
            return Replace(self.ctx.scenes.play(self.ctx, self.session, self.scene, self.map_path))
        return None

    def draw(self, canvas: pygame.Surface, alpha: float) -> None:
        """The card at its progress."""
        msgs = TITLES.get(self.scene)
        tr = self.ctx.i18n
        title, subtitle = (
            (tr.msg(msgs[0]), tr.msg(msgs[1])) if msgs else (self.scene.replace("_", " ").title(), "")
        )
        self.ctx.art.ui.draw_chapter_card(canvas, title, subtitle, min(1.0, (self.tick + alpha) / CARD_TICKS))
