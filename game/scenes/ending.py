"""The ending: a short, nearly wordless sequence for the ending reached, then the credits; back to the title.

The sequence reads the session (the memories kept, its timecode) and never changes it. Its timeline
(``game.render.ending_timeline``) sets its length and sounds; the view draws it from the tick alone.
"""

from __future__ import annotations

import pygame

from game.context import Context
from game.i18n import Msg
from game.input.frame import Action, InputFrame
from game.render.effects import veil
from game.render.ending_timeline import Timeline, kept_memories, timeline
from game.render.ending_view import EndingView
from game.render.palette import INK
from game.scene import BaseScene, Quit, Reset, Transition
from game.sim.session import Session

ENDINGS = ("together", "remember", "overlap")
CREDITS_TICKS = 1800
"""The credits roll: thirty seconds (confirm skips)."""
CREDITS_RISE = 40
"""Ticks the credits take to come up out of the sequence's last ink."""

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


def ending_timeline(session: Session, ending: str) -> Timeline:
    """The sequence for ``ending`` given what this session kept (unknown endings play ``together``)."""
    kept = kept_memories(session.story_globals.values)
    return timeline(ending if ending in ENDINGS else "together", kept, session.ticks)


def closing_ticks(session: Session, ending: str) -> int:
    """Ticks of the sequence before the credits (confirm skips only the credits)."""
    return ending_timeline(session, ending).length


class EndingScene(BaseScene):
    """The end of the game."""

    name = "ending"

    def __init__(self, ctx: Context, session: Session, ending: str) -> None:
        self.ctx = ctx
        self.session = session
        self.ending = ending if ending in ENDINGS else "together"
        self.timeline = ending_timeline(session, self.ending)
        self.tick = 0
        self._view: EndingView | None = None

    @property
    def closing_ticks(self) -> int:
        """Ticks of the sequence before the credits."""
        return self.timeline.length

    def enter(self) -> None:
        """The story is over: the ending theme; the autosave goes, so Continue does not start it again."""
        self.ctx.music("ending")
        self.ctx.log.outcome = "ending"
        self.ctx.profile.save_path.unlink(missing_ok=True)
        if self.ctx.audio is not None:
            self.ctx.audio.stop_hum()
            self.ctx.audio.on_caption = None  # the level's HUD is gone; the ending captions its own sounds

    def leave(self) -> None:
        """No tape left whirring."""
        if self.ctx.audio is not None:
            self.ctx.audio.stop_loop("cam_whir")

    def snapshot(self) -> dict[str, object]:
        """Which ending, for the state hash."""
        return {"ending": self.ending}

    def update(self, frame: InputFrame) -> Transition | None:
        """The sequence (its sounds on their ticks), credits, then the title (headless runs end here)."""
        self.tick += 1
        self._sound(self.tick)
        closing = self.timeline.length
        skip = self.tick > closing and frame.was_pressed(Action.CONFIRM)
        if self.tick >= closing + CREDITS_TICKS or skip:
            if self.ctx.options.headless:
                return Quit("ending")
            return Reset(self.ctx.scenes.title(self.ctx))
        return None

    def _sound(self, tick: int) -> None:
        audio = self.ctx.audio
        if audio is None:
            return
        for s in self.timeline.sounds_at(tick):
            if s.loop == "start":
                audio.start_loop(s.name, s.volume)
            elif s.loop == "stop":
                audio.stop_loop(s.name)
            else:
                audio.play(s.name, volume=s.volume)

    def draw(self, canvas: pygame.Surface, alpha: float) -> None:
        """The sequence, then the credits rising out of its last ink."""
        closing = self.timeline.length
        if self.tick < closing:
            self.view().draw(canvas, self.tick)
            return
        since = self.tick - closing
        progress = (since + alpha) / CREDITS_TICKS
        credits = [c if isinstance(c, str) else self.ctx.i18n.msg(c) for c in CREDITS]
        self.ctx.art.ui.draw_credits(canvas, credits, min(1.0, progress), self.tick)
        if since < CREDITS_RISE:
            veil(canvas, INK, 1.0 - since / CREDITS_RISE)

    def view(self) -> EndingView:
        """The sequence's pictures, built on the first frame drawn (a run that draws nothing never needs them)."""
        if self._view is None:
            settings = self.ctx.settings
            self._view = EndingView(
                self.ctx.art,
                self.ctx.i18n,
                self.timeline,
                self.ctx.options.levels_dir,
                reduce_flashing=settings.reduce_flashing,
                captions=settings.captions,
            )
        return self._view
