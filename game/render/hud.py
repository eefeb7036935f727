"""The HUD over a level: objective, the Cube's awareness (shape and place, not colour alone), battery, bond,
sound captions, the dialogue box with its typewriter and choices, and a backlog of recent lines.

Everything shown comes from the :class:`~game.view.player_view.PlayerView` (never the simulation) and is looked
up in the player's language when drawn (``ctx.i18n``), so switching language in the settings changes old lines
too; the simulation only ever knows line ids.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass

import pygame

from game.captions import Captions
from game.context import Context
from game.i18n import Msg, reveal_chars
from game.profile import NOTICE_COLOUR, STORY_STOPPED, Notice
from game.render.palette import GREY as TIMECODE_COLOUR
from game.render.palette import INK as SHADOW
from game.render.palette import PALE_GREY as CAPTION_COLOUR
from game.render.prompts import fill_inputs
from game.render.text import TextRenderer, TextSize
from game.render.ui import DialogueLine
from game.render.viewfinder import timecode
from game.view.player_view import LineView, PlayerView

BACKLOG = 12
BACKLOG_TITLE = Msg("ui.hud.backlog", "Backlog")
SKIP_HINT = Msg("ui.hud.skip_hint", "Pause to skip this scene")
TIMECODE_Y = 29
"""The carried camcorder's timecode sits under the battery and the eye's meter."""
FILMING_TOP = 26
"""While filming, the HUD's top row moves down past the viewfinder's REC mark and timecode."""
NOTICE_TICKS = 300
"""A notice (progress not saved, a story stopped) shows for five seconds each time it happens."""


@dataclass(frozen=True, slots=True)
class Said:
    """A line in the backlog: who and what, kept as the line's view so it translates when drawn."""

    speaker: str
    line: LineView


class Hud:
    """Reads the player's view and draws what the player needs to know."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.art = ctx.art
        self.captions = Captions(enabled=ctx.settings.captions)
        self._outfits: Mapping[str, str] = {}
        """What each of the pair wears this frame (set by :meth:`draw`), for the speaker's portrait."""
        self.backlog: deque[Said] = deque(maxlen=BACKLOG)
        self.show_backlog = False
        self._last_line: str | None = None
        self.small = TextRenderer(TextSize.SMALL)
        self.notice: Notice | None = None
        self.notice_left = 0
        self._unsaved_seen = 0
        self._fault_seen: tuple[object, int] | None = None
        if ctx.audio is not None:
            ctx.audio.on_caption = self.captions.push_english

    def update(self, view: PlayerView) -> None:
        """Caption this tick's sounds that matter; age captions; note new lines in the backlog."""
        for cue in view.cues:
            self.captions.react(cue, view.player.x)
        self.captions.enabled = self.ctx.settings.captions
        self.captions.update()
        self._update_notice()
        line = view.talk.line
        if line is not None and line.id != self._last_line:
            self.backlog.append(Said(line.speaker, line))
        self._last_line = line.id if line is not None else None

    def show_story_fault(self, key: tuple[object, int], full: str, short: str) -> None:
        """A story thread stopped (a runtime budget ran out): say so once for each stop."""
        if self._fault_seen != key:
            self._fault_seen = key
            self.notice, self.notice_left = Notice(full, STORY_STOPPED, reason=short), NOTICE_TICKS

    def _update_notice(self) -> None:
        log = self.ctx.log
        if log.unsaved is not None and log.unsaved_tick != self._unsaved_seen:
            self._unsaved_seen = log.unsaved_tick
            self.notice, self.notice_left = log.unsaved, NOTICE_TICKS
        self.notice_left = max(0, self.notice_left - 1)

    def notice_text(self) -> str | None:
        """The notice line shown now, in the player's language."""
        return self.notice.shown(self.ctx.i18n) if self.notice is not None and self.notice_left else None

    def _draw_notice(self, canvas: pygame.Surface, top: int) -> None:
        shown = self.notice_text()
        if shown is None:
            return
        w = canvas.get_width()
        for i, part in enumerate(self.small.wrap(shown, w - 120)[:2]):
            surf = self.small.render(part, NOTICE_COLOUR, shadow=SHADOW)
            canvas.blit(surf, surf.get_rect(midtop=(w // 2, top + 30 + i * self.small.line_height)))

    def _speaker(self, view: PlayerView, cast_id: str) -> str:
        english = view.map.cast.get(cast_id, cast_id.capitalize())
        return self.ctx.i18n.cast(cast_id, english)

    def _objective_text(self, view: PlayerView) -> str | None:
        objective = view.objective
        if objective is None or objective.line is None:
            return None
        # Variables filled in as a line's are (``{went_first}``), in the player's language.
        return self._inputs(self.ctx.i18n.line(objective.line))

    def _inputs(self, text: str) -> str:
        """Key and button names for ``[run]``-style tokens, for the device the player used last."""
        return fill_inputs(text, self.ctx.settings.bindings, self.ctx.device)

    def draw(
        self,
        canvas: pygame.Surface,
        view: PlayerView,
        cube_at: tuple[float, float] | None,
        tick: int,
        filming: bool = False,
        outfits: Mapping[str, str] | None = None,
    ) -> None:
        """Everything over the world (moved below the viewfinder's REC and timecode while filming); ``cube_at``
        is where the Cube's body is drawn this frame, on the canvas (the edge arrow points at it when off it);
        ``outfits``: what each of the pair wears, for the speaker's portrait."""
        self._outfits = outfits or {}
        ui = self.art.ui
        top = FILMING_TOP if filming else 0
        objective = self._objective_text(view)
        if objective and not view.talk.holds and not view.talk.cutscene:
            ui.draw_objective(canvas, objective, (10 + (14 if filming else 0), 8 + top))
        w = canvas.get_width()
        if view.eye is not None:
            ui.draw_awareness(canvas, (w - 26, 8 + top), view.eye.shown)
        if cube_at is not None:
            ui.draw_cube_pointer(canvas, cube_at)
        x = w - 26
        if "camcorder" in view.inventory and not filming:
            x -= 22
            ui.draw_battery(canvas, (x, 10 + top), view.battery, tick)  # the viewfinder shows its own
            self._draw_timecode(canvas, view.timecode)
        ui.draw_bond(canvas, (x - 20, 9 + top), view.bond)
        self._draw_captions(canvas)
        self._draw_notice(canvas, top)
        self._draw_talk(canvas, view, tick)

    def _draw_timecode(self, canvas: pygame.Surface, ticks: int) -> None:
        """The camcorder's timecode, small under the corner icons: it keeps counting in every scene it is carried."""
        surf = self.small.render(timecode(ticks), TIMECODE_COLOUR, shadow=SHADOW)
        canvas.blit(surf, surf.get_rect(topright=(canvas.get_width() - 8, TIMECODE_Y)))

    def _draw_captions(self, canvas: pygame.Surface) -> None:
        text = self.art.text
        w = canvas.get_width()
        for i, caption in enumerate(self.captions.shown()):
            surf = text.render(caption.text(self.ctx.i18n), CAPTION_COLOUR, shadow=SHADOW)
            if caption.left < 30:
                surf = surf.copy()
                surf.set_alpha(max(0, caption.left * 8))
            canvas.blit(surf, surf.get_rect(midtop=(w // 2, 30 + i * (text.line_height + 2))))

    def _draw_talk(self, canvas: pygame.Surface, view: PlayerView, tick: int) -> None:
        ui, i18n = self.art.ui, self.ctx.i18n
        talk = view.talk
        line = talk.line
        if line is not None:
            sprites = self.art.sprites
            speaker = line.speaker
            portrait = None
            if speaker in sprites.characters:
                portrait = sprites.portrait(speaker, line.expression, self._outfits.get(speaker, ""))
            colour = sprites.name_colors.get(speaker, (232, 232, 240))
            text = self._inputs(i18n.line(line))
            shown = len(text) if line.complete else reveal_chars(text, line.reveal)
            ui.draw_dialogue(
                canvas,
                DialogueLine(self._speaker(view, speaker), text, colour, portrait, shown, line.complete),
                tick,
            )
        elif talk.cutscene:
            hint = self.art.text.render(i18n.msg(SKIP_HINT), (139, 155, 180), shadow=SHADOW)
            canvas.blit(hint, hint.get_rect(bottomright=(canvas.get_width() - 8, canvas.get_height() - 6)))
        choice = talk.choice
        if choice is not None and choice.options:
            options = [i18n.line(o) for o in choice.options]
            ui.draw_choices(canvas, options, min(talk.cursor, len(options) - 1), tick)

    def draw_backlog(self, canvas: pygame.Surface, view: PlayerView) -> None:
        """The last lines, oldest first, over a dark panel (from the pause menu)."""
        text, i18n = self.art.text, self.ctx.i18n
        rect = pygame.Rect(40, 24, canvas.get_width() - 80, canvas.get_height() - 48)
        self.art.ui.menu_panel.draw(canvas, rect)
        text.draw(
            canvas, i18n.msg(BACKLOG_TITLE), (rect.centerx, rect.top + 8), (254, 174, 52), anchor="midtop"
        )
        y = rect.bottom - 10
        for said in reversed(self.backlog):
            words = f"{self._speaker(view, said.speaker)}: {i18n.line(said.line)}"
            lines = text.wrap(words, rect.width - 24)
            y -= len(lines) * text.line_height + 4
            if y < rect.top + 28:
                break
            for k, part in enumerate(lines):
                text.draw(
                    canvas, part, (rect.left + 12, y + k * text.line_height), (232, 232, 240), shadow=SHADOW
                )
