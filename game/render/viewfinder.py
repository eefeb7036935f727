"""The camcorder view: a warm grade, scanlines, slight colour fringing and the viewfinder overlay.

Switching in and out is a short top-to-bottom wipe (``update`` eases ``amount``), never a flash. The
overlay shows REC (blinking once a second), a timecode from a tick count, battery bars and corner marks.
"""

from __future__ import annotations

import numpy as np
import pygame

from game.render.light import fast
from game.render.palette import AMBER, INK, WHITE
from game.render.palette import RED as REC_RED
from game.render.text import TextRenderer, TextSize

Color = tuple[int, int, int]
SWITCH_TICKS = 14
TICKS_PER_SECOND = 60
TAPE_FPS = 30


def timecode(ticks: int) -> str:
    """``HH:MM:SS:FF`` for a tick count (60 ticks a second, 30 tape frames a second)."""
    seconds, rest = divmod(max(0, ticks), TICKS_PER_SECOND)
    frames = rest * TAPE_FPS // TICKS_PER_SECOND
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours % 100:02d}:{minutes:02d}:{seconds:02d}:{frames:02d}"


class Viewfinder:
    """Draws the camcorder look over a finished frame. Owns only its switch animation."""

    def __init__(self, size: tuple[int, int] = (640, 360), text: TextRenderer | None = None) -> None:
        self.size = size
        self.text = text or TextRenderer(TextSize.SMALL)
        self.amount = 0.0
        self.target = 0.0
        self._grade_map = self._make_grade(size)
        self._fringe = fast(pygame.Surface(size))

    @property
    def active(self) -> bool:
        """True while the view is (at least partly) through the camcorder."""
        return self.amount > 0.0

    def set_active(self, on: bool) -> None:
        """Start switching into (or out of) the camcorder view."""
        self.target = 1.0 if on else 0.0

    def update(self) -> None:
        """Advance the wipe one tick."""
        step = 1.0 / SWITCH_TICKS
        if self.amount < self.target:
            self.amount = min(self.target, self.amount + step)
        elif self.amount > self.target:
            self.amount = max(self.target, self.amount - step)

    def wipe_rect(self) -> pygame.Rect:
        """The part of the canvas showing the camcorder view now (render the dream layers there)."""
        p = self.amount * self.amount * (3 - 2 * self.amount)
        return pygame.Rect(0, 0, self.size[0], round(self.size[1] * p))

    def draw(
        self, canvas: pygame.Surface, tick: int, battery: float, recording: bool = True, mark: str = ""
    ) -> None:
        """Grade the camcorder part of the frame and draw the overlay on it (``tick`` drives the timecode).

        ``mark`` (``PLAY`` or ``PAUSE``) shows the tape being played back instead of REC or STBY.
        """
        area = self.wipe_rect()
        if area.height <= 0:
            return
        view = canvas.subsurface(area)
        self._grade(view)
        if area.height < self.size[1]:
            pygame.draw.line(canvas, (192, 203, 220), (0, area.bottom), (area.right, area.bottom))
        prev = canvas.get_clip()
        canvas.set_clip(area)
        self._overlay(canvas, tick, battery, recording, mark)
        canvas.set_clip(prev)

    def _grade(self, view: pygame.Surface) -> None:
        w, h = view.get_size()
        # Slight colour fringing: the red channel sits one pixel to the right.
        fr = self._fringe.subsurface((0, 0, w, h))
        fr.blit(view, (0, 0))
        fr.fill((255, 0, 0), special_flags=pygame.BLEND_RGB_MULT)
        view.blit(fr, (1, 0), special_flags=pygame.BLEND_RGB_MAX)
        # One multiply does the warm grade, the scanlines and the vignette; then shadows are lifted warm.
        view.blit(self._grade_map, (0, 0), pygame.Rect(0, 0, w, h), special_flags=pygame.BLEND_RGB_MULT)
        view.fill((16, 9, 2), special_flags=pygame.BLEND_RGB_ADD)

    def _overlay(self, canvas: pygame.Surface, tick: int, battery: float, recording: bool, mark: str) -> None:
        w, h = self.size
        m = 14
        for x, y, dx, dy in (
            (m, m, 1, 1),
            (w - m - 1, m, -1, 1),
            (m, h - m - 1, 1, -1),
            (w - m - 1, h - m - 1, -1, -1),
        ):
            for col, off in ((INK, 1), (WHITE, 0)):
                pygame.draw.line(canvas, col, (x + off, y + off), (x + dx * 14 + off, y + off), 2)
                pygame.draw.line(canvas, col, (x + off, y + off), (x + off, y + dy * 10 + off), 2)
        if mark:
            self._playback(canvas, mark, (m + 10, m + 8))
        elif recording:
            on = (tick // 30) % 2 == 0  # once a second: on half, off half
            if on:
                pygame.draw.circle(canvas, INK, (m + 15, m + 15), 4)
                pygame.draw.circle(canvas, REC_RED, (m + 14, m + 14), 4)
            self.text.draw(canvas, "REC", (m + 22, m + 8), WHITE, shadow=INK)
        else:
            self.text.draw(canvas, "STBY", (m + 10, m + 8), WHITE, shadow=INK)
        self.text.draw(canvas, timecode(tick), (w - m - 8, m + 8), WHITE, shadow=INK, anchor="topright")
        self.text.draw(canvas, "SP", (m + 10, h - m - 8), WHITE, shadow=INK, anchor="bottomleft")
        self._battery(canvas, (w - m - 34, h - m - 16), battery, tick)
        cx, cy = w // 2, h // 2
        for sx, sy in ((-1, -1), (1, -1), (-1, 1), (1, 1)):
            x, y = cx + sx * 18, cy + sy * 12
            pygame.draw.line(canvas, (192, 203, 220), (x, y), (x - sx * 5, y))
            pygame.draw.line(canvas, (192, 203, 220), (x, y), (x, y - sy * 4))

    def _playback(self, canvas: pygame.Surface, mark: str, pos: tuple[int, int]) -> None:
        """A play triangle or pause bars, then the word, where REC would be."""
        x, y = pos
        for col, off in ((INK, 1), (WHITE, 0)):
            if mark == "PAUSE":
                canvas.fill(col, (x + off, y + 2 + off, 2, 8))
                canvas.fill(col, (x + 4 + off, y + 2 + off, 2, 8))
            else:
                pygame.draw.polygon(
                    canvas, col, [(x + off, y + 2 + off), (x + off, y + 10 + off), (x + 6 + off, y + 6 + off)]
                )
        self.text.draw(canvas, mark, (x + 12, y), WHITE, shadow=INK)

    def _battery(self, canvas: pygame.Surface, pos: tuple[int, int], level: float, tick: int) -> None:
        x, y = pos
        body = pygame.Rect(x, y, 22, 10)
        pygame.draw.rect(canvas, INK, body.move(1, 1), 1)
        pygame.draw.rect(canvas, WHITE, body, 1)
        canvas.fill(WHITE, (body.right, y + 3, 2, 4))
        bars = max(0, min(4, round(level * 4 + 0.49))) if level > 0 else 0
        low = level <= 0.25
        for i in range(bars):
            if low and (tick // 30) % 2 == 1:
                continue  # the last bar blinks once a second when low
            canvas.fill(AMBER if low else WHITE, (x + 2 + i * 5, y + 2, 4, 6))

    @staticmethod
    def _make_grade(size: tuple[int, int]) -> pygame.Surface:
        """Warm tint x scanlines x vignette, as one multiply map (built once with numpy)."""
        w, h = size
        xs = (np.arange(w, dtype=np.float32) + 0.5) / w * 2 - 1
        ys = (np.arange(h, dtype=np.float32) + 0.5) / h * 2 - 1
        # A squarish vignette: dark only near the edges and deepest in the corners.
        edge = np.maximum(np.abs(xs)[:, None] ** 6, np.abs(ys)[None, :] ** 6) + (
            xs[:, None] ** 2 * ys[None, :] ** 2
        )
        vig = 1.0 - 0.45 * np.clip(edge, 0.0, 1.0)
        vig = np.ceil(vig * 12) / 12  # banded, like everything else
        scan = np.where(np.arange(h) % 2 == 0, 0.88, 1.0).astype(np.float32)[None, :]
        warm = np.array((1.0, 0.91, 0.78), np.float32)
        rgb = (vig * scan)[:, :, None] * warm[None, None, :] * 255
        return fast(pygame.surfarray.make_surface(np.clip(rgb, 0, 255).astype(np.uint8)))
