"""The HUD over a level: objective, the Cube's awareness (shape and place, not colour alone), battery, bond,
sound captions, the dialogue box with its typewriter and choices, and a backlog of recent lines.

Everything shown is looked up in the player's language when drawn (``ctx.i18n``), so switching language in
the settings changes old lines too; the simulation only ever knows line ids.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

import pygame

from game.captions import Captions
from game.context import Context
from game.i18n import Msg, reveal_chars
from game.profile import STORY_STOPPED, Notice
from game.render.palette import AMBER as MARKER_COLOUR
from game.render.palette import GREY as TIMECODE_COLOUR
from game.render.palette import PALE_GREY as CAPTION_COLOUR
from game.render.palette import PALE_GREY as PALE
from game.render.palette import WHITE
from game.render.prompts import fill_inputs
from game.render.text import TextRenderer, TextSize
from game.render.ui import NOTICE_COLOUR, SHADOW, DialogueLine
from game.render.viewfinder import MARGIN, centre_marks, frame_bottom, frame_top, timecode
from game.render.window import CANVAS_SIZE
from game.story.model import Line
from game.view.player_view import LineView, PlayerView

BACKLOG = 12
BACKLOG_TITLE = Msg("ui.hud.backlog", "Backlog")
SKIP_HINT = Msg("ui.hud.skip_hint", "Pause to skip this scene")
HIDE_PROMPT = Msg("ui.hud.prompt.hide", "Hide")
"""Shown with the interact key while the player stands at a hide spot: how to hide, before it is needed."""
HIDE_REACH = 4.0
"""Pixels from a hide spot within which interact takes the player in (``game.sim.actions``)."""
NOTICE_TICKS = 300
"""A notice (progress not saved, a story stopped) shows for five seconds each time it happens."""
TIMECODE_Y = 29
"""The carried camcorder's timecode sits under the battery and the eye's meter."""
CAPTION_STEP = 1
"""Pixels between two captions."""
CAPTION_GAP = 6
"""Pixels between the lowest caption and the dialogue panel's region (or the choices) under it."""
OBJECTIVE_GAP = 10
"""Pixels kept between the objective's words and the status icons at the right."""
SUBJECT_CLEARANCE = 8
"""A speaker whose feet stand lower than this above the panel's top would be hidden: the panel goes up."""
TAB_ROOM = 5
"""Room, besides half a line, above a panel moved to the top for the speaker's name tab on its top edge."""
POINTER_INSET = 16
"""Pixels from the region's edge to the middle of an edge pointer (the Cube's, the objective marker)."""


@dataclass(frozen=True, slots=True)
class Staging:
    """What the HUD places by, on the canvas, besides the player's view: where the objective's place is (for
    the edge marker, also when off screen), where what the line on show is about stands (the panel keeps off
    it), and whether the player stands at a hide spot (the prompt)."""

    objective_at: tuple[float, float] | None = None
    subjects: list[tuple[float, float]] = field(default_factory=list)
    can_hide: bool = False


@dataclass(frozen=True, slots=True)
class Layout:
    """The regions of the screen for one frame: the top row (objective at the left, status at the right), the
    dialogue panel at the bottom, captions just above it, the skip hint under it, and pointers on the edge
    between. While filming everything moves inside the viewfinder's frame (REC, timecode, SP, battery)."""

    size: tuple[int, int]
    top: int
    left: int
    bottom: int
    dialogue: pygame.Rect
    filming: bool = False
    edge: pygame.Rect = field(default_factory=pygame.Rect)
    """Where the middle of an edge pointer may be."""

    @classmethod
    def of(cls, size: tuple[int, int], text: TextRenderer, filming: bool) -> Layout:
        """The layout for a canvas size, the text size in use and whether the viewfinder is up."""
        w, h = size
        top = frame_top(text) if filming else 8
        left = MARGIN + 10 if filming else 10
        bottom = frame_bottom(size, text) if filming else h - 6
        box_h = max(64, text.line_height * 3 + 26)
        dialogue = pygame.Rect(16, min(h - 10, bottom) - box_h, w - 32, box_h)
        edge_top = top + max(20, 2 * text.line_height + 4) + POINTER_INSET
        edge = pygame.Rect(POINTER_INSET, edge_top, w - 2 * POINTER_INSET, bottom - POINTER_INSET - edge_top)
        return cls(size, top, left, bottom, dialogue, filming, edge)

    def skip_hint(self, hint: tuple[int, int]) -> pygame.Rect:
        """Where "Pause to skip this scene" goes: the bottom right, or while filming the bottom middle (the
        frame's corner and the battery own the bottom right)."""
        w, h = self.size
        rect = pygame.Rect((0, 0), hint)
        if self.filming:
            rect.midbottom = (w // 2, h - MARGIN - 2)
        else:
            rect.bottomright = (w - 8, h - 6)
        return rect


def pointer_spots(
    size: tuple[int, int], place: tuple[float, float], edge: pygame.Rect
) -> Iterator[tuple[int, int]]:
    """Points on the ray from the screen's middle toward ``place``: first where the ray leaves ``edge``, then
    further in, a few pixels at a time (for a pointer that must clear something drawn near the edge)."""
    w, h = size
    cx, cy = w / 2, h / 2
    dx, dy = place[0] - cx, place[1] - cy
    d = math.hypot(dx, dy) or 1.0
    ux, uy = dx / d, dy / d
    reach_x = ((edge.right - cx) / ux if ux > 0 else (edge.left - cx) / ux) if ux else math.inf
    reach_y = ((edge.bottom - cy) / uy if uy > 0 else (edge.top - cy) / uy) if uy else math.inf
    k = min(reach_x, reach_y)
    while k > 40:
        yield (round(cx + ux * k), round(cy + uy * k))
        k -= 6


def badge_spot(size: tuple[int, int], spot: tuple[int, int]) -> tuple[int, int]:
    """Where the objective's badge sits beside its pointer: a step in from the edge, toward the middle."""
    w, h = size
    dx, dy = w / 2 - spot[0], h / 2 - spot[1]
    d = math.hypot(dx, dy) or 1.0
    return (round(spot[0] + dx / d * 13), round(spot[1] + dy / d * 13))


@dataclass(frozen=True, slots=True)
class Said:
    """A line in the backlog: who and what, kept as the line's view so it translates when drawn."""

    speaker: str
    line: LineView


class Hud:
    """Reads the level simulation and draws what the player needs to know."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.art = ctx.art
        self.captions = Captions(enabled=ctx.settings.captions)
        self._outfits: Mapping[str, str] = {}
        """What each of the pair wears this frame (set by :meth:`draw`), for the speaker's portrait."""
        self.backlog: deque[Said] = deque(maxlen=BACKLOG)
        self.show_backlog = False
        self._last_line: str | None = None
        self._lines: dict[str, dict[str, Line]] = {}
        self.small = TextRenderer(TextSize.SMALL)
        self.notice: Notice | None = None
        self.notice_left = 0
        self._unsaved_seen = 0
        self._fault_seen: tuple[object, int] | None = None
        self.drawn: list[tuple[str, pygame.Rect]] = []
        """(region, rect) for everything the last :meth:`draw` put on the canvas: the layout test's evidence."""
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
        staging: Staging | None = None,
        outfits: Mapping[str, str] | None = None,
    ) -> None:
        """Everything over the world, each part in its own region (see :class:`Layout`). ``cube_at`` is where
        the Cube's body is drawn this frame (the edge arrow points at it when off the canvas); ``staging`` says
        where on the canvas the objective's place and what the line on show is about are, and whether the
        player stands at a hide spot (the level's view knows; a player sees them); ``outfits``: what each of the
        pair wears, for the speaker's portrait."""
        self._outfits = outfits or {}
        self.drawn = []
        layout = self.layout_for(filming, canvas.get_size())
        staging = staging or Staging()
        cutscene = view.talk.cutscene
        row = self._draw_status(canvas, view, tick, layout, filming)
        objective = self._objective_text(view)
        if objective and not view.talk.holds and not cutscene:
            row = row.union(self._draw_objective(canvas, objective, layout, row))
        notice = self._draw_notice(canvas, layout, row)
        if notice is not None:
            row = row.union(notice)
        floor, ceiling = self._draw_talk(canvas, view, tick, layout, row.bottom, staging.subjects)
        if not view.talk.holds and not cutscene and staging.can_hide and not view.player.in_hide_spot:
            floor = self._draw_prompt(canvas, "[interact]", HIDE_PROMPT, floor).top
        self._draw_captions(canvas, floor - CAPTION_GAP, ceiling + CAPTION_GAP, filming)
        if cube_at is not None:
            self._draw_pointer(canvas, "pointer", cube_at, layout, None)
        if self._marker_shown(view, cutscene) and staging.objective_at is not None:
            self._draw_pointer(canvas, "marker", staging.objective_at, layout, self.art.ui.icons["marker"])

    def _draw_talk(
        self,
        canvas: pygame.Surface,
        view: PlayerView,
        tick: int,
        layout: Layout,
        row_bottom: int,
        subjects: list[tuple[float, float]],
    ) -> tuple[int, int]:
        """The line on show, the choices, or in a cutscene the skip hint. Returns the room it left between for
        the captions: the top of what it stacked at the bottom (the screen's bottom row when nothing) and the
        bottom of what holds the top (the top row, or the panel when it went up).

        The panel sits at the bottom unless what the line is about stands low on screen, behind it: then at
        the top, under the top row that ends at ``row_bottom`` (the camera also lifts the subject above the
        panel where the map lets it, ``game.scenes.play``).
        """
        talk = view.talk
        floor, ceiling = layout.bottom, row_bottom
        ui, i18n = self.art.ui, self.ctx.i18n
        drawn: list[pygame.Rect] = []
        box = layout.dialogue
        if talk.line is not None and any(y > box.top - SUBJECT_CLEARANCE for _, y in subjects):
            box = box.move(
                0, row_bottom + TAB_ROOM + self.art.text.line_height // 2 - box.top
            )  # under the top row, never over it
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
            said = DialogueLine(self._speaker(view, speaker), text, colour, portrait, shown, line.complete)
            panel = ui.draw_dialogue(canvas, said, tick, rect=box)
            drawn.append(panel)
            if box.top >= layout.dialogue.top:
                floor = min(floor, panel.top)  # its name tab stands on its top edge
            else:
                ceiling = panel.bottom
        elif talk.cutscene:
            hint = self.art.text.render(i18n.msg(SKIP_HINT), TIMECODE_COLOUR, shadow=SHADOW)
            where = layout.skip_hint(hint.get_size())
            canvas.blit(hint, where)
            drawn.append(where)
            floor = min(floor, where.top)
        choice = talk.choice
        if choice is not None and choice.options:
            options = [i18n.line(o) for o in choice.options]
            anchor = (box.right - 4, box.top - 6)
            if box.top < layout.dialogue.top:  # the panel went up: the choices keep the bottom
                anchor = (box.right - 4, layout.bottom - 4)
            cursor = min(talk.cursor, len(options) - 1)
            choices = ui.draw_choices(canvas, options, cursor, tick, anchor=anchor)
            drawn.append(choices)
            floor = min(floor, choices.top)
        for rect in drawn:
            self._drew("talk", rect)
        return floor, ceiling

    # -- layout: every part owns a region, and records the rects it drew ---------------------------------

    def _drew(self, region: str, rect: pygame.Rect) -> pygame.Rect:
        self.drawn.append((region, rect))
        return rect

    def _draw_status(
        self,
        canvas: pygame.Surface,
        view: PlayerView,
        tick: int,
        layout: Layout,
        filming: bool,
    ) -> pygame.Rect:
        """The eye, the heart and (carried, not filming) the battery and the timecode, at the top right."""
        ui = self.art.ui
        w = canvas.get_width()
        y = layout.top
        x = w - 26
        icons = ui.icons
        rects = []
        if view.eye is not None:
            ui.draw_awareness(canvas, (x, y), view.eye.shown)
            rects.append(pygame.Rect(x, y, 16, 20))  # the eye and the meter under it
        if "camcorder" in view.inventory and not filming:
            x -= 22
            ui.draw_battery(canvas, (x, y + 2), view.battery, tick)  # the viewfinder shows its own
            rects.append(icons["battery"].get_bounding_rect().move(x, y + 2))
            rects.append(self._draw_timecode(canvas, view.timecode, y + TIMECODE_Y - 8))
        ui.draw_bond(canvas, (x - 20, y + 1), view.bond)
        heart = icons["heart_0"].get_bounding_rect().move(x - 20, y + 1)
        return self._drew("status", heart.unionall(rects))

    def _draw_objective(
        self, canvas: pygame.Surface, objective: str, layout: Layout, status: pygame.Rect
    ) -> pygame.Rect:
        """The objective: the marker, then its words wrapped to the room left of the status icons."""
        text = self.art.text
        x, y = layout.left, layout.top
        icon = self.art.ui.icons["marker"]
        canvas.blit(icon, (x - 2, y - 3))
        rect = icon.get_bounding_rect().move(x - 2, y - 3)
        room = max(80, status.left - OBJECTIVE_GAP - (x + 16))
        for k, part in enumerate(text.wrap(objective, room)[:2]):
            rect = rect.union(
                text.draw(canvas, part, (x + 16, y + k * text.line_height), WHITE, shadow=SHADOW)
            )
        return self._drew("objective", rect)

    def _draw_notice(self, canvas: pygame.Surface, layout: Layout, row: pygame.Rect) -> pygame.Rect | None:
        """A notice (progress not saved, a story stopped), centred under the top row, at most two lines."""
        shown = self.notice_text()
        if shown is None:
            return None
        small = self.small
        w = canvas.get_width()
        rect: pygame.Rect | None = None
        for i, part in enumerate(small.wrap(shown, w - 2 * layout.left - 100)[:2]):
            surf = small.render(part, NOTICE_COLOUR, shadow=SHADOW)
            at = surf.get_rect(midtop=(w // 2, row.bottom + 3 + i * small.line_height))
            canvas.blit(surf, at)
            rect = at if rect is None else rect.union(at)
        return None if rect is None else self._drew("notice", rect)

    def _draw_timecode(self, canvas: pygame.Surface, ticks: int, y: int = TIMECODE_Y) -> pygame.Rect:
        """The camcorder's timecode, small under the corner icons: it keeps counting in every scene it is carried."""
        surf = self.small.render(timecode(ticks), TIMECODE_COLOUR, shadow=SHADOW)
        rect = surf.get_rect(topright=(canvas.get_width() - 8, y))
        canvas.blit(surf, rect)
        return rect

    def _draw_captions(self, canvas: pygame.Surface, bottom: int, ceiling: int, filming: bool) -> None:
        """Sound captions, centred, the newest nearest ``bottom``: low on the screen, clear of the Cube (which
        hangs above the pair) and of the dialogue panel. When the room up to ``ceiling`` (under whatever holds
        the top) is short, the oldest caption is left out, as it would be when a fourth came."""
        text = self.art.text
        w = canvas.get_width()
        y = bottom
        marks = centre_marks(canvas.get_size()) if filming else None
        for caption in reversed(self.captions.shown()):
            surf = text.render(caption.text(self.ctx.i18n), CAPTION_COLOUR, shadow=SHADOW)
            rect = surf.get_rect(midbottom=(w // 2, y))
            if marks is not None and rect.colliderect(marks):
                rect.bottom = marks.top - CAPTION_STEP  # over the viewfinder's centre marks, never on them
            if rect.top < ceiling:
                break
            if caption.left < 30:
                surf = surf.copy()
                surf.set_alpha(max(0, caption.left * 8))
            canvas.blit(surf, rect)
            self._drew("captions", rect)
            y = rect.top - CAPTION_STEP

    def layout_for(self, filming: bool, size: tuple[int, int] = CANVAS_SIZE) -> Layout:
        """The regions of a frame at the current text size (the camera frames lines above its panel)."""
        return Layout.of(size, self.art.text, filming)

    def _draw_prompt(self, canvas: pygame.Surface, token: str, action: Msg, floor: int) -> pygame.Rect:
        """A key and what it does, centred just above ``floor`` (the captions go above it)."""
        ui = self.art.ui
        key, words = self._inputs(token), self.ctx.i18n.msg(action)
        probe = pygame.Surface((1, 1))
        width = ui.draw_prompt(probe, key, words, (0, 0)).width
        height = self.art.text.line_height + 3
        pos = (canvas.get_width() // 2 - width // 2, floor - CAPTION_GAP - height)
        return self._drew("prompt", ui.draw_prompt(canvas, key, words, pos))

    def _marker_shown(self, view: PlayerView, cutscene: bool) -> bool:
        """The objective marker: on in the settings, an objective given, nobody talking, no cutscene."""
        return (
            self.ctx.settings.objective_marker
            and view.objective is not None
            and not view.talk.holds
            and not cutscene
            and self._objective_text(view) is not None
        )

    def _draw_pointer(
        self,
        canvas: pygame.Surface,
        region: str,
        place: tuple[float, float],
        layout: Layout,
        badge: pygame.Surface | None,
    ) -> None:
        """An arrow at the screen's edge toward a place that is off screen (with a badge beside it: the
        objective's marker), slid inward along its ray until it clears every other region."""
        w, h = canvas.get_size()
        x, y = place
        if -8 <= x < w + 8 and -8 <= y < h + 8:
            return
        img = self.art.ui.arrow(
            math.degrees(math.atan2(y - h / 2, x - w / 2)), MARKER_COLOUR if badge else PALE
        )
        others = [r for name, r in self.drawn if name != region]
        for spot in pointer_spots((w, h), place, layout.edge):
            at = img.get_rect(center=spot)
            rect = img.get_bounding_rect().move(at.topleft)
            if badge is not None:
                beside = badge.get_rect(center=badge_spot((w, h), spot))
                rect.union_ip(badge.get_bounding_rect().move(beside.topleft))
            if rect.collidelist(others) < 0:
                break
        else:
            return  # nowhere clear on that side: better no pointer than one over the words
        canvas.blit(img, at)
        if badge is not None:
            canvas.blit(badge, beside)
        self._drew(region, rect)

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
