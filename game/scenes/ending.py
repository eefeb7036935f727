"""The ending: a short closing sequence for the ending reached, then the credits; back to the title."""

from __future__ import annotations

import pygame

from game.context import Context
from game.i18n import Msg
from game.input.frame import Action, InputFrame
from game.render.effects import veil
from game.scene import BaseScene, Quit, Reset, Transition
from game.sim.session import Session

CLOSING_TICKS = 600
"""The closing text sequence: ten seconds."""
CREDITS_TICKS = 1800
"""The credits roll: thirty seconds (confirm skips)."""

CLOSINGS: dict[str, tuple[Msg, ...]] = {
    "together": (
        Msg("ui.ending.together.1", "The light came down and found two hands, holding."),
        Msg("ui.ending.together.2", "It could not find where one ended and the other began."),
        Msg("ui.ending.together.3", "Playback: a wedding in the sun. A kitchen. A morning."),
        Msg("ui.ending.together.4", "And at the end of the tape, the two of them, now. Real."),
    ),
    "remember": (
        Msg("ui.ending.remember.1", "One of them stood in the light so the other would not have to."),
        Msg("ui.ending.remember.2", "The camcorder is heavier than it looks."),
        Msg("ui.ending.remember.3", "Its battery light still blinks. Somebody has to keep walking."),
    ),
    "overlap": (
        Msg("ui.ending.overlap.1", "For one frame the waste was a garden and the garden was the waste."),
        Msg("ui.ending.overlap.2", "They kept everything. Even this."),
    ),
}

CREDITS: list[str | Msg] = [
    "REFUGE",
    "",
    Msg("ui.credits.pair", "Dal and Byeol"),
    "",
    Msg("ui.credits.team", "Made by the Refuge team"),
    Msg("ui.credits.made", "Story, code, art and music generated and written for this game"),
    Msg("ui.credits.font", "Font: Galmuri by Minseo Lee (SIL Open Font License)"),
    Msg("ui.credits.built", "Built with pygame-ce, pytmx and PyYAML"),
    "",
    Msg("ui.credits.thanks", "Thank you for playing."),
]
"""Plain strings are shown as written (the title, blank lines); the rest is translated."""


class EndingScene(BaseScene):
    """The end of the game."""

    name = "ending"

    def __init__(self, ctx: Context, session: Session, ending: str) -> None:
        self.ctx = ctx
        self.session = session
        self.ending = ending if ending in CLOSINGS else "together"
        self.tick = 0

    def enter(self) -> None:
        """The story is over: the ending theme; the autosave goes, so Continue does not start it again."""
        self.ctx.music("ending")
        self.ctx.log.outcome = "ending"
        self.ctx.profile.save_path.unlink(missing_ok=True)

    def snapshot(self) -> dict[str, object]:
        """Which ending, for the state hash."""
        return {"ending": self.ending}

    def update(self, frame: InputFrame) -> Transition | None:
        """Closing lines, credits, then the title (headless runs end here)."""
        self.tick += 1
        skip = self.tick > CLOSING_TICKS and frame.was_pressed(Action.CONFIRM)
        if self.tick >= CLOSING_TICKS + CREDITS_TICKS or skip:
            if self.ctx.options.headless:
                return Quit("ending")
            return Reset(self.ctx.scenes.title(self.ctx))
        return None

    def draw(self, canvas: pygame.Surface, alpha: float) -> None:
        """White giving way to the closing lines, then the credits."""
        art = self.ctx.art
        if self.tick < CLOSING_TICKS:
            canvas.fill((236, 236, 244) if self.ending != "remember" else (24, 20, 37))
            lines = CLOSINGS[self.ending]
            per = CLOSING_TICKS // len(lines)
            shown = min(len(lines), self.tick // per + 1)
            ink = (38, 43, 68) if self.ending != "remember" else (192, 203, 220)
            w, h = canvas.get_size()
            y = h // 2 - len(lines) * 12
            for line in lines[:shown]:
                for part in art.text.wrap(self.ctx.i18n.msg(line), w - 80):
                    art.text.draw(canvas, part, (w // 2, y), ink, anchor="midtop")
                    y += art.text.line_height + 2
                y += 8
            fade_in = max(0.0, 1.0 - self.tick / 60)
            veil(canvas, (255, 255, 255), fade_in)
            return
        progress = (self.tick - CLOSING_TICKS + alpha) / CREDITS_TICKS
        credits = [c if isinstance(c, str) else self.ctx.i18n.msg(c) for c in CREDITS]
        art.ui.draw_credits(canvas, credits, min(1.0, progress), self.tick)
