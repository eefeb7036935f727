"""Draws an ending's closing sequence at a tick: white, shots (some through the camcorder's playback), static,
a few words, sound captions, and the HUD-style camcorder corner of the survivor's walk.

Presentation only: it reads a :class:`~game.render.ending_timeline.Timeline` and owns baked pictures and
caches. A frame depends on nothing but the tick, so frames are the same however many are drawn. Fades are
slow blends (never cuts between far-apart brightnesses), so nothing here flashes.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pygame

from game.i18n import Msg, Translator
from game.render.art import Art
from game.render.effects import veil
from game.render.ending_timeline import Phase, PhaseKind, Place, Timeline, Words
from game.render.footage import Footage
from game.render.light import fast
from game.render.palette import AMBER, GREY, INK, NIGHT
from game.render.palette import DARK_SLATE as DUSK
from game.render.palette import RED as LED
from game.render.viewfinder import Viewfinder, timecode
from game.render.world_view import FADE_WHITE

Color = tuple[int, int, int]
PALE: Color = (232, 232, 240)
WORD_FADE = 30
"""Ticks a line takes to fade in, and again to fade out."""
CUT_NOISE = 12
"""Ticks of head-switching noise along the bottom where one recording on the tape gives way to the next."""
TAPE_BATTERY = 0.5
SURVIVOR_BATTERY = 0.2
"""Low: the last bar blinks, slowly."""


def _ease(p: float) -> float:
    p = max(0.0, min(1.0, p))
    return p * p * (3 - 2 * p)


class EndingView:
    """One ending's pictures."""

    def __init__(
        self,
        art: Art,
        i18n: Translator,
        timeline: Timeline,
        levels_dir: Path,
        *,
        reduce_flashing: bool = False,
        captions: bool = True,
    ) -> None:
        self.art = art
        self.i18n = i18n
        self.timeline = timeline
        self.captions = captions
        self.footage = Footage(art.sprites, levels_dir, reduce_flashing)
        self.viewfinder = Viewfinder(text=art.text)
        self.viewfinder.amount = self.viewfinder.target = 1.0  # all the way in: it is the tape playing
        self._work: dict[tuple[int, int, str], pygame.Surface] = {}
        self._haze: pygame.Surface | None = None

    def _surface(self, size: tuple[int, int], use: str = "shot") -> pygame.Surface:
        """A scratch surface kept for reuse (one per size and use)."""
        key = (size[0], size[1], use)
        surf = self._work.get(key)
        if surf is None:
            surf = fast(pygame.Surface(size))
            self._work[key] = surf
        return surf

    def draw(self, canvas: pygame.Surface, tick: int) -> None:
        """The sequence at ``tick``."""
        phase = self.timeline.phase_at(tick)
        if phase.kind is PhaseKind.WHITE:
            canvas.fill(FADE_WHITE)
            self.footage.warm()  # the white frames have time to spare: bake the shots now
        else:
            self._picture(canvas, phase, tick)
            local = tick - phase.start
            if phase.mark and not phase.frozen and not phase.from_white and local < CUT_NOISE:
                self.footage.draw_static(canvas, tick, rows=(canvas.get_height() - 18, 18))  # the tape's cut
            if phase.mark:
                self.viewfinder.draw(
                    canvas, phase.tape_time(tick), TAPE_BATTERY, recording=False, mark=phase.mark
                )
            if phase.shot == "alone":
                self._camcorder_corner(canvas, phase.tape_time(tick), tick)
            if phase.from_white and local < phase.from_white:
                veil(canvas, FADE_WHITE, 1.0 - _ease(local / phase.from_white))
            if phase.to_ink and local >= phase.ticks - phase.to_ink:
                veil(canvas, INK, _ease((local - (phase.ticks - phase.to_ink)) / phase.to_ink))
        self._words(canvas, tick)
        self._captions(canvas, tick, white=phase.kind is PhaseKind.WHITE)

    def _picture(self, canvas: pygame.Surface, phase: Phase, tick: int) -> None:
        """A shot (doubled when close), the dissolve over it, or static."""
        if phase.kind is PhaseKind.STATIC:
            self.footage.draw_static(canvas, tick)
            return
        size = self.footage.size(phase.shot)
        work = canvas if size == canvas.get_size() else self._surface(size)
        clock = phase.clock(tick)
        if phase.over:
            # The dream comes up through the waste: the garden dissolves over it; they stand in both.
            self.footage.draw(work, phase.shot, clock, people=False)
            garden = self._surface(size, "over")
            self.footage.draw(garden, phase.over, clock, people=False)
            a0, a1 = phase.over_alpha
            amount = a0 + (a1 - a0) * _ease(phase.local(tick) / max(1, phase.ticks - 1))
            garden.set_alpha(round(255 * amount))
            work.blit(garden, (0, 0))
            garden.set_alpha(None)
            self.footage.draw_people(work, phase.shot, clock)
        else:
            self.footage.draw(work, phase.shot, clock)
        if work is not canvas:
            pygame.transform.scale(work, canvas.get_size(), canvas)
        if phase.shot == "alone":
            # The white light has gone and evening comes down on the waste while he walks; ahead, where she
            # went, something warm (the dream's colour) stays on the horizon. Sad, not cruel.
            dusk = _ease(phase.local(tick) / phase.ticks)
            veil(canvas, DUSK, 0.42 * dusk)
            warmth = self._warmth(canvas.get_size())
            warmth.set_alpha(round(255 * (0.35 + 0.65 * dusk)))
            canvas.blit(warmth, (0, 0))

    def _warmth(self, size: tuple[int, int]) -> pygame.Surface:
        """A warm haze on the right-hand horizon, built once (its strength is set per frame)."""
        if self._haze is None or self._haze.get_size() != size:
            w, h = size
            xs = (np.arange(w, dtype=np.float32) - (w + 60)) / (w * 0.55)
            ys = (np.arange(h, dtype=np.float32) - h * 0.62) / (h * 0.7)
            d = np.sqrt(xs[:, None] ** 2 + ys[None, :] ** 2)
            alpha = (
                np.ceil(np.clip(1.0 - d, 0.0, 1.0) ** 1.5 * 12) / 12 * 150
            )  # banded, like the game's light
            haze = pygame.Surface(size, pygame.SRCALPHA)
            haze.fill((*AMBER, 0))
            pygame.surfarray.pixels_alpha(haze)[:] = alpha.astype(np.uint8)
            self._haze = haze.convert_alpha() if pygame.display.get_surface() is not None else haze
        return self._haze

    def _camcorder_corner(self, canvas: pygame.Surface, tape: int, tick: int) -> None:
        """The HUD's camcorder corner: timecode, and the battery with its small light still blinking."""
        w = canvas.get_width()
        ui, text = self.art.ui, self.art.text
        x = w - 40
        ui.draw_battery(canvas, (x, 10), SURVIVOR_BATTERY, tick)
        if (tick // 30) % 2 == 0:  # once a second, like the REC light
            pygame.draw.circle(canvas, INK, (x - 5, 18), 2)
            pygame.draw.circle(canvas, LED, (x - 6, 17), 2)
        text.draw(canvas, timecode(tape), (w - 12, 30), GREY, shadow=INK, anchor="topright")

    def _words(self, canvas: pygame.Surface, tick: int) -> None:
        shown = [wd for wd in self.timeline.words if wd.start <= tick < wd.start + wd.ticks]
        if not shown:
            return
        text = self.art.text
        w, h = canvas.get_size()
        centred = [wd for wd in shown if wd.place is Place.WHITE]
        blocks = [
            (wd, text.wrap(self.i18n.msg(wd.msg), w - 96)) for wd in sorted(centred, key=lambda x: x.row)
        ]
        step = text.line_height + 2
        total = sum(len(lines) * step + 10 for _, lines in blocks) - 10
        y = h // 2 - total // 2
        for wd, lines in blocks:
            for line in lines:
                self._line(canvas, line, (w // 2, y), NIGHT, None, self._fade(wd, tick))
                y += step
            y += 10
        for wd in shown:
            if wd.place is Place.LOW:
                lines = text.wrap(self.i18n.msg(wd.msg), w - 140)
                y = h - 36 - len(lines) * step
                width = max(text.measure(line)[0] for line in lines)
                band = pygame.Rect(0, 0, width + 24, len(lines) * step + 6)
                band.midtop = (w // 2, y - 3)
                _shade(canvas, band, 0.5 * self._fade(wd, tick))
                for line in lines:
                    self._line(canvas, line, (w // 2, y), PALE, INK, self._fade(wd, tick))
                    y += step

    @staticmethod
    def _fade(wd: Words, tick: int) -> float:
        t = tick - wd.start
        return _ease(min(1.0, t / WORD_FADE, (wd.ticks - t) / WORD_FADE))

    def _line(
        self,
        canvas: pygame.Surface,
        line: str,
        at: tuple[int, int],
        ink: Color,
        shadow: Color | None,
        vis: float,
    ) -> None:
        if vis <= 0.0:
            return
        surf = self.art.text.render(line, ink, shadow=shadow)
        if vis < 1.0:
            surf = surf.copy()  # the rendered line is shared (cached): fade a copy
            surf.set_alpha(round(255 * vis))
        canvas.blit(surf, surf.get_rect(midtop=at))

    def _captions(self, canvas: pygame.Surface, tick: int, white: bool) -> None:
        if not self.captions:
            return
        text = self.art.text
        w = canvas.get_width()
        msgs: list[Msg] = self.timeline.caption_at(tick)
        for i, msg in enumerate(msgs[-2:]):
            colour, shadow = (NIGHT, None) if white else (PALE, INK)
            surf = text.render(self.i18n.msg(msg), colour, shadow=shadow)
            rect = surf.get_rect(midtop=(w // 2, 42 + i * (text.line_height + 2)))
            if not white:
                _shade(canvas, rect.inflate(12, 2), 0.45)
            canvas.blit(surf, rect)


def _shade(canvas: pygame.Surface, rect: pygame.Rect, amount: float) -> None:
    """Darken a band behind words, so they read over any picture."""
    area = rect.clip(canvas.get_rect())
    if area.width > 0 and area.height > 0 and amount > 0.0:
        veil(canvas.subsurface(area), INK, amount)
