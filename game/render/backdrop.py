"""Full-screen art around the levels: the moving title scene, chapter cards and the credits roll."""

from __future__ import annotations

import math
from pathlib import Path

import pygame

from game.assets import asset_path, image_file, read_asset_json
from game.render.cube import CubeRenderer, CubeView
from game.render.light import glow_sprite
from game.render.palette import AMBER, GREY, INK, WHITE
from game.render.palette import PALE_GREY as PALE
from game.render.particles import ParticleKind, Particles
from game.render.text import TextRenderer

Color = tuple[int, int, int]


def _load(path: Path, alpha: bool) -> pygame.Surface:
    surf = pygame.image.load(image_file(path))
    if pygame.display.get_surface() is None:
        return surf
    return surf.convert_alpha() if alpha else surf.convert()


RULE_GONE = 0.9
"""Progress by which the chapter card's rule has drawn back in (its title fades out 0.8-1, after it)."""


class Backdrop:
    """The title scene (parallax ash-night with the Cube far off), chapter cards and credits."""

    def __init__(self, text: TextRenderer, folder: Path | None = None, seed: int = 3) -> None:
        root = folder or asset_path("ui")
        self.text = text
        index = read_asset_json(root / "ui.json")
        self.parallax: dict[str, float] = index["parallax"]
        self.layers = {name: _load(root / f"{name}.png", name != "title_sky") for name in self.parallax}
        self.logo = _load(root / "logo.png", True)
        self.logo_big = pygame.transform.scale_by(self.logo, 2)
        self.cube = CubeRenderer(size=14)
        self.ash = Particles(ParticleKind.ASH, 110, seed)
        self._last_tick = -1
        self._veil: pygame.Surface | None = None

    def _scroll(self, canvas: pygame.Surface, name: str, y: int, tick: int) -> None:
        layer = self.layers[name]
        w = layer.get_width()
        off = int(tick * self.parallax[name]) % w
        canvas.blit(layer, (-off, y))
        canvas.blit(layer, (w - off, y))

    def draw_title_background(self, canvas: pygame.Surface, tick: int) -> None:
        """The moving title scene: sky, ruins, the Cube sweeping the far hills, dead trees, falling ash."""
        h = canvas.get_height()
        canvas.blit(self.layers["title_sky"], (0, 0))
        self._scroll(canvas, "title_far", h - 260, tick)
        # The Cube drifts slowly across the far hills, its pale beam sweeping the ground below it.
        w = canvas.get_width()
        period = 60 * 40
        u = (tick % period) / period
        cx = -40 + (w + 80) * u
        cy = h - 120 + 6 * math.sin(tick * 0.01)
        view = CubeView(cx, cy, 70, vx=0.3, tick=tick, state="patrol", radius=18)
        beam = glow_sprite(26, (139, 155, 180), 0.35)
        canvas.blit(beam, beam.get_rect(center=(int(cx), int(cy))), special_flags=pygame.BLEND_RGB_ADD)
        self.cube.draw_body(canvas, view)
        self._scroll(canvas, "title_hills", h - 160, tick)
        self._scroll(canvas, "title_near", h - 120, tick)
        if tick != self._last_tick:
            steps = 1 if self._last_tick < 0 else max(0, min(4, tick - self._last_tick))
            for _ in range(steps):
                self.ash.update(wind=-0.08)
            self._last_tick = tick
        self.ash.draw(canvas, (tick * 0.2, 0.0))

    def draw_logo(self, canvas: pygame.Surface, center: tuple[int, int]) -> pygame.Rect:
        """The REFUGE logo at twice its pixel size; returns where it went."""
        rect = self.logo_big.get_rect(center=center)
        canvas.blit(self.logo_big, rect)
        return rect

    def draw_chapter_card(self, canvas: pygame.Surface, title: str, subtitle: str, progress: float) -> None:
        """A chapter card: a dark field, the title and subtitle easing in and out, a line drawn between them.

        ``progress`` runs 0..1 over the card's life: 0-0.2 fades in, 0.8-1 fades out (no flash either way). The
        rule draws out as the title comes (0-0.35) and draws back in before the title goes (0.7-0.9): the
        title is the first thing in and the last thing out, never a bare rule on black.
        """
        w, h = canvas.get_size()
        p = max(0.0, min(1.0, progress))
        vis = min(1.0, p / 0.2, (1.0 - p) / 0.2) if 0.0 < p < 1.0 else 0.0
        canvas.fill(INK)
        self.ash.update(wind=0.05)
        self.ash.draw(canvas, (0.0, 0.0))
        line_w = int((w * 0.4) * max(0.0, min(1.0, p / 0.35, (RULE_GONE - p) / 0.2)))
        if line_w > 0:
            y = h // 2
            left = w // 2 - line_w // 2
            canvas.fill(GREY, (left, y, line_w, 1))
            canvas.fill((58, 68, 102), (left, y + 1, line_w, 1))
            for x in (left - 3, left + line_w + 2):
                # small diamonds close the line, like a title card's rule
                pygame.draw.polygon(canvas, AMBER, [(x, y - 2), (x + 2, y), (x, y + 2), (x - 2, y)])
        t = self.text.render(title, WHITE, title=True, shadow=(58, 68, 102))
        s = self.text.render(subtitle, PALE) if subtitle else None
        rise = int(6 * (1.0 - min(1.0, p / 0.25)))
        self._blit_alpha(canvas, t, t.get_rect(midbottom=(w // 2, h // 2 - 8 + rise)), vis)
        if s is not None:
            self._blit_alpha(canvas, s, s.get_rect(midtop=(w // 2, h // 2 + 10 - rise)), vis)

    def credits_height(self, lines: list[str]) -> int:
        """Pixels the whole credits roll takes."""
        return sum(self._line_height(line) for line in lines)

    def _line_height(self, line: str) -> int:
        if line.startswith("# "):
            return self.text.font(title=True).get_height() + 10
        if line.startswith("## "):
            return self.text.line_height + 10
        return self.text.line_height + 4 if line else self.text.line_height

    def draw_credits(self, canvas: pygame.Surface, lines: list[str], progress: float, tick: int = 0) -> None:
        """The credits roll over a slow night sky: ``# `` big title, ``## `` a section heading, else a name.

        ``progress`` 0..1 scrolls from the first line entering at the bottom to the last leaving at the top.
        """
        w, h = canvas.get_size()
        canvas.blit(self.layers["title_sky"], (0, 0))
        self._scroll(canvas, "title_far", h - 260, tick // 2)
        if self._veil is None or self._veil.get_size() != (w, h):
            self._veil = pygame.Surface((w, h))
            self._veil.fill(INK)
            self._veil.set_alpha(150)
        canvas.blit(self._veil, (0, 0))
        total = self.credits_height(lines)
        y = h - int((total + h) * max(0.0, min(1.0, progress)))
        for line in lines:
            lh = self._line_height(line)
            if -lh < y < h:
                if line.startswith("# "):
                    self.text.draw(
                        canvas, line[2:], (w // 2, y), WHITE, title=True, shadow=INK, anchor="midtop"
                    )
                elif line.startswith("## "):
                    self.text.draw(canvas, line[3:], (w // 2, y + 6), AMBER, shadow=INK, anchor="midtop")
                elif line:
                    self.text.draw(canvas, line, (w // 2, y), PALE, shadow=INK, anchor="midtop")
            y += lh

    @staticmethod
    def _blit_alpha(canvas: pygame.Surface, surf: pygame.Surface, rect: pygame.Rect, vis: float) -> None:
        if vis <= 0.0:
            return
        if vis >= 1.0:
            canvas.blit(surf, rect)
            return
        faded = surf.copy()
        faded.set_alpha(int(255 * vis))
        canvas.blit(faded, rect)
