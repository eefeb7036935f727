"""UI drawing: nine-slice panels, the dialogue box, choices and menus, and the HUD cues.

Cues never rely on colour alone: the awareness eye changes shape in five stages, the Cube's direction is an
arrow at the screen edge, the bond is a heart that fills. Every scaled or tinted image is cached.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import pygame

from game.assets import asset_path, image_file, read_asset_json
from game.render.backdrop import Backdrop
from game.render.palette import AMBER, GREY, INK, WHITE
from game.render.palette import PALE_GREY as PALE
from game.render.text import TextRenderer

Color = tuple[int, int, int]
SHADOW: Color = INK
NOTICE_COLOUR: Color = (236, 196, 120)
"""Notices (a save set aside, progress not saved) are drawn in this warm amber, apart from the story's text."""


class NineSlice:
    """A panel image whose corners stay crisp while the middle stretches; surfaces cached per size."""

    def __init__(self, image: pygame.Surface, border: int) -> None:
        self.image = image
        self.border = border
        self._cache: dict[tuple[int, int], pygame.Surface] = {}

    def render(self, size: tuple[int, int]) -> pygame.Surface:
        """The panel at ``size``."""
        surf = self._cache.get(size)
        if surf is not None:
            return surf
        w, h = size
        b = self.border
        iw, ih = self.image.get_size()
        surf = pygame.Surface((w, h), pygame.SRCALPHA)
        cols = [(0, b, 0, b), (b, iw - 2 * b, b, w - 2 * b), (iw - b, b, w - b, b)]
        rows = [(0, b, 0, b), (b, ih - 2 * b, b, h - 2 * b), (ih - b, b, h - b, b)]
        for sx, sw, dx, dw in cols:
            for sy, sh, dy, dh in rows:
                if dw <= 0 or dh <= 0:
                    continue
                part = self.image.subsurface(pygame.Rect(sx, sy, sw, sh))
                surf.blit(pygame.transform.scale(part, (dw, dh)), (dx, dy))
        if len(self._cache) > 64:
            self._cache.clear()
        self._cache[size] = surf
        return surf

    def draw(self, target: pygame.Surface, rect: pygame.Rect) -> None:
        """Draw the panel filling ``rect``."""
        target.blit(self.render((rect.width, rect.height)), rect.topleft)


@dataclass(frozen=True, slots=True)
class DialogueLine:
    """What the dialogue box shows: speaker (display name), their colour, the words, how much is typed."""

    speaker: str
    text: str
    name_color: Color = WHITE
    portrait: pygame.Surface | None = None
    visible_chars: int | None = None
    waiting: bool = False  # the whole line is shown and the game waits for the player


def _load(path: Path) -> pygame.Surface:
    surf = pygame.image.load(image_file(path))
    return surf.convert_alpha() if pygame.display.get_surface() is not None else surf


class UI:
    """Loads the UI art once and draws every UI piece onto the 640x360 canvas."""

    def __init__(self, text: TextRenderer, folder: Path | None = None) -> None:
        root = folder or asset_path("ui")
        self.text = text
        index = read_asset_json(root / "ui.json")
        slices = index["nine_slice"]
        self.dialogue_panel = NineSlice(_load(root / "panel_dialogue.png"), slices["panel_dialogue"])
        self.menu_panel = NineSlice(_load(root / "panel_menu.png"), slices["panel_menu"])
        self.highlight = NineSlice(_load(root / "highlight.png"), slices["highlight"])
        cur = _load(root / "cursor.png")
        fw, fh = index["cursor"]["frame"]
        self.cursor_frames = [cur.subsurface((i * fw, 0, fw, fh)) for i in range(index["cursor"]["frames"])]
        icons = _load(root / "icons.png")
        self.icons = {name: icons.subsurface(pygame.Rect(*r)) for name, r in index["icons"].items()}
        self._arrows: dict[tuple[int, Color], pygame.Surface] = {}
        self._folder = root
        self._backdrop: Backdrop | None = None

    @property
    def backdrop(self) -> Backdrop:
        """The title scene, chapter card and credits painter (loaded on first use)."""
        if self._backdrop is None:
            self._backdrop = Backdrop(self.text, self._folder)
        return self._backdrop

    def draw_title_background(self, canvas: pygame.Surface, tick: int) -> None:
        """The moving title scene (see ``Backdrop.draw_title_background``)."""
        self.backdrop.draw_title_background(canvas, tick)

    def draw_chapter_card(self, canvas: pygame.Surface, title: str, subtitle: str, progress: float) -> None:
        """A chapter card at ``progress`` 0..1 (see ``Backdrop.draw_chapter_card``)."""
        self.backdrop.draw_chapter_card(canvas, title, subtitle, progress)

    def draw_credits(self, canvas: pygame.Surface, lines: list[str], progress: float, tick: int = 0) -> None:
        """The credits roll at ``progress`` 0..1 (see ``Backdrop.draw_credits``)."""
        self.backdrop.draw_credits(canvas, lines, progress, tick)

    # ------------------------------------------------------------------ panels and text
    def dialogue_rect(self, canvas_size: tuple[int, int] = (640, 360)) -> pygame.Rect:
        """Where the dialogue box sits: the bottom of the screen, tall enough for three lines."""
        w, h = canvas_size
        box_h = max(64, self.text.line_height * 3 + 26)
        return pygame.Rect(16, h - box_h - 10, w - 32, box_h)

    def draw_dialogue(
        self, canvas: pygame.Surface, line: DialogueLine, tick: int, rect: pygame.Rect | None = None
    ) -> pygame.Rect:
        """The dialogue box (at ``rect``, else :meth:`dialogue_rect`): portrait, speaker name in their colour,
        wrapped typed text, a waiting marker. Returns what it covered, the name tab included."""
        rect = rect or self.dialogue_rect(canvas.get_size())
        covered = rect.copy()
        self.dialogue_panel.draw(canvas, rect)
        x = rect.left + 10
        if line.portrait is not None:
            frame = pygame.Rect(rect.left + 8, rect.top + 8, 36, 36)
            pygame.draw.rect(canvas, INK, frame)
            pygame.draw.rect(canvas, GREY, frame, 1)
            canvas.blit(line.portrait, (frame.left + 2, frame.top + 2))
            x = frame.right + 8
        if line.speaker:
            tag = self.text.render(line.speaker, line.name_color, shadow=SHADOW)
            # The name sits on the box's top edge, like a tab, so a speaker change is always seen.
            tab = pygame.Rect(
                x - 4, rect.top - tag.get_height() // 2 - 2, tag.get_width() + 8, tag.get_height() + 2
            )
            pygame.draw.rect(canvas, INK, tab)
            pygame.draw.rect(canvas, line.name_color, tab, 1)
            canvas.blit(tag, (tab.left + 4, tab.top + 1))
            covered.union_ip(tab)
        body = pygame.Rect(x, rect.top + 12, rect.right - x - 12, rect.height - 20)
        self.text.draw_wrapped(
            canvas, line.text, body, WHITE, shadow=SHADOW, visible_chars=line.visible_chars
        )
        if line.waiting:
            bob = (tick // 20) % 2
            pygame.draw.polygon(
                canvas,
                AMBER,
                [
                    (rect.right - 16, rect.bottom - 11 + bob),
                    (rect.right - 10, rect.bottom - 11 + bob),
                    (rect.right - 13, rect.bottom - 8 + bob),
                ],
            )
        return covered

    def draw_choices(
        self,
        canvas: pygame.Surface,
        options: list[str],
        selected: int,
        tick: int,
        anchor: tuple[int, int] | None = None,
    ) -> pygame.Rect:
        """A choice list (above the dialogue box, or with its bottom-right at ``anchor``)."""
        pad = 8
        lh = self.text.line_height + 4
        width = max((self.text.measure(o)[0] for o in options), default=40) + pad * 2 + 14
        height = lh * len(options) + pad * 2 - 4
        if anchor is None:
            box = self.dialogue_rect(canvas.get_size())
            anchor = (box.right - 4, box.top - 6)
        rect = pygame.Rect(anchor[0] - width, anchor[1] - height, width, height)
        self.menu_panel.draw(canvas, rect)
        for i, option in enumerate(options):
            y = rect.top + pad + i * lh
            if i == selected:
                self.highlight.draw(canvas, pygame.Rect(rect.left + 4, y - 2, rect.width - 8, lh))
                canvas.blit(self.cursor_frames[(tick // 24) % 2], (rect.left + 7, y + (lh - 12) // 2))
            color = WHITE if i == selected else PALE
            self.text.draw(canvas, option, (rect.left + pad + 12, y), color, shadow=SHADOW)
        return rect

    def draw_menu(
        self,
        canvas: pygame.Surface,
        rect: pygame.Rect,
        items: list[str],
        selected: int,
        tick: int,
        title: str | None = None,
        values: list[str] | None = None,
    ) -> None:
        """A menu panel with an optional title and right-aligned values (settings)."""
        self.menu_panel.draw(canvas, rect)
        y = rect.top + 10
        if title:
            self.text.draw(canvas, title, (rect.centerx, y), AMBER, shadow=SHADOW, anchor="midtop")
            y += self.text.line_height + 8
        lh = self.text.line_height + 6
        for i, item in enumerate(items):
            if i == selected:
                self.highlight.draw(canvas, pygame.Rect(rect.left + 6, y - 3, rect.width - 12, lh))
                canvas.blit(self.cursor_frames[(tick // 24) % 2], (rect.left + 9, y + (lh - 14) // 2))
            self.text.draw(canvas, item, (rect.left + 22, y), WHITE if i == selected else PALE, shadow=SHADOW)
            if values and i < len(values) and values[i]:
                self.text.draw(
                    canvas,
                    values[i],
                    (rect.right - 14, y),
                    AMBER if i == selected else GREY,
                    shadow=SHADOW,
                    anchor="topright",
                )
            y += lh

    # ------------------------------------------------------------------ HUD
    def draw_awareness(self, canvas: pygame.Surface, pos: tuple[int, int], awareness: float) -> None:
        """The eye: closed, slit, half, open, wide with rays -- five shapes as awareness climbs."""
        stage = 0 if awareness <= 0.02 else min(4, 1 + int(awareness * 4))
        icon = self.icons[f"eye_{stage}"]
        canvas.blit(icon, (pos[0], pos[1]))
        if stage:
            # A thin meter under the eye, so a rise inside a stage is still seen.
            w = 14
            canvas.fill(INK, (pos[0] + 1, pos[1] + 16, w, 3))
            canvas.fill(PALE, (pos[0] + 2, pos[1] + 17, max(1, int((w - 2) * min(1.0, awareness))), 1))

    def arrow(self, angle_deg: float, color: Color) -> pygame.Surface:
        """The direction arrow rotated to one of 16 headings and tinted."""
        step = round(angle_deg / 22.5) % 16
        key = (step, color)
        surf = self._arrows.get(key)
        if surf is None:
            base = self.icons["arrow"].copy()
            base.fill((*color, 255), special_flags=pygame.BLEND_RGBA_MULT)
            surf = pygame.transform.rotate(base, -step * 22.5)
            self._arrows[key] = surf
        return surf

    def draw_cube_pointer(
        self, canvas: pygame.Surface, cube_pos: tuple[float, float], color: Color = PALE, margin: int = 14
    ) -> bool:
        """When the Cube's body is off screen, an arrow on the edge points at it; returns True if drawn."""
        w, h = canvas.get_size()
        x, y = cube_pos
        if -8 <= x < w + 8 and -8 <= y < h + 8:
            return False
        cx, cy = w / 2, h / 2
        dx, dy = x - cx, y - cy
        scale = min((w / 2 - margin) / abs(dx) if dx else 1e9, (h / 2 - margin) / abs(dy) if dy else 1e9)
        ex, ey = cx + dx * scale, cy + dy * scale
        img = self.arrow(math.degrees(math.atan2(dy, dx)), color)
        canvas.blit(img, img.get_rect(center=(int(ex), int(ey))))
        return True

    def draw_battery(self, canvas: pygame.Surface, pos: tuple[int, int], level: float, tick: int) -> None:
        """The camcorder's battery: four bars; the last one blinks slowly when low."""
        canvas.blit(self.icons["battery"], pos)
        bars = 0 if level <= 0 else max(1, min(4, math.ceil(level * 4 - 1e-6)))
        low = level <= 0.25
        for i in range(bars):
            if low and (tick // 30) % 2:
                break
            canvas.fill(AMBER if low else WHITE, (pos[0] + 3 + i * 2 + i, pos[1] + 6, 2, 4))

    def draw_bond(self, canvas: pygame.Surface, pos: tuple[int, int], bond: float) -> None:
        """The bond as a heart that fills (no numbers)."""
        stage = 0 if bond < 0.2 else 1 if bond < 0.45 else 2 if bond < 0.75 else 3
        canvas.blit(self.icons[f"heart_{stage}"], pos)

    def draw_objective(self, canvas: pygame.Surface, text: str, pos: tuple[int, int] = (10, 8)) -> None:
        """The current objective: a marker and one line of text."""
        canvas.blit(self.icons["marker"], (pos[0] - 2, pos[1] - 3))
        self.text.draw(canvas, text, (pos[0] + 16, pos[1]), WHITE, shadow=SHADOW)

    def draw_prompt(
        self, canvas: pygame.Surface, key: str, action: str, pos: tuple[int, int], gamepad: bool = False
    ) -> pygame.Rect:
        """A control prompt: a keycap (or a round pad button) with its label, then what it does."""
        label = self.text.render(key, INK)
        w = max(label.get_width() + 6, 13)
        h = label.get_height() + 1
        cap = pygame.Rect(pos[0], pos[1], w, h)
        if gamepad:
            cap.width = cap.height = max(w, h)
            pygame.draw.circle(canvas, INK, (cap.centerx + 1, cap.centery + 1), cap.width // 2)
            pygame.draw.circle(canvas, PALE, cap.center, cap.width // 2)
        else:
            pygame.draw.rect(canvas, INK, cap.move(0, 2), border_radius=2)
            pygame.draw.rect(canvas, PALE, cap, border_radius=2)
            canvas.fill(WHITE, (cap.left + 2, cap.top + 1, cap.width - 4, 1))
        canvas.blit(label, label.get_rect(center=(cap.centerx, cap.centery)))
        end = self.text.draw(canvas, action, (cap.right + 5, pos[1]), WHITE, shadow=SHADOW)
        return cap.union(end)

    def draw_caption(self, canvas: pygame.Surface, text: str, age: int) -> None:
        """A sound caption at the top centre, fading out over its last half second."""
        alpha = 255 if age < 150 else max(0, 255 - (age - 150) * 8)
        if alpha <= 0:
            return
        surf = self.text.render(text, PALE, shadow=SHADOW)
        if alpha < 255:
            surf = surf.copy()
            surf.set_alpha(alpha)
        canvas.blit(surf, surf.get_rect(midtop=(canvas.get_width() // 2, 30)))
