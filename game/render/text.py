"""Pixel text: Galmuri faces at their design sizes, no antialiasing, cached, English and Korean wrap."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from enum import Enum

import pygame
import pygame.freetype

from game.assets import asset_file, asset_path

Color = tuple[int, int, int]


class TextSize(Enum):
    """The player's text-size setting."""

    SMALL = "small"
    NORMAL = "normal"
    LARGE = "large"


@dataclass(frozen=True, slots=True)
class Face:
    """A font file and the pixel size it was drawn for (crisp only at it and its multiples)."""

    file: str
    px: int


FACES: dict[TextSize, Face] = {
    TextSize.SMALL: Face("Galmuri9.ttf", 10),
    TextSize.NORMAL: Face("Galmuri11.ttf", 12),
    TextSize.LARGE: Face("Galmuri14.ttf", 15),
}
TITLE_FACE = Face("Galmuri11.ttf", 24)  # twice the design size: still on the pixel grid
CACHE_LIMIT = 768

_fonts: dict[Face, pygame.font.Font] = {}
_coverage: dict[str, pygame.freetype.Font] = {}
_forget_on_quit = [False]


def _forget_fonts() -> None:
    """``pygame.quit()`` invalidates every open font: drop them, so the next use opens them afresh."""
    _fonts.clear()
    _coverage.clear()
    _forget_on_quit[0] = False


def _hook_quit() -> None:
    # pygame forgets its quit callbacks once it has called them, so the hook is set again after each quit.
    if not _forget_on_quit[0]:
        pygame.register_quit(_forget_fonts)
        _forget_on_quit[0] = True


def font_for(face: Face) -> pygame.font.Font:
    """The loaded font for ``face`` (opened once per pygame session)."""
    font = _fonts.get(face)
    if font is None:
        if not pygame.font.get_init():
            pygame.font.init()
        _hook_quit()
        font = pygame.font.Font(asset_file(asset_path("fonts", face.file)), face.px)
        _fonts[face] = font
    return font


def missing_glyphs(text: str, face_file: str = "Galmuri11.ttf") -> set[str]:
    """Characters of ``text`` (besides whitespace) that the font has no glyph for."""
    ft = _coverage.get(face_file)
    if ft is None:
        if not pygame.freetype.get_init():
            pygame.freetype.init()
        _hook_quit()
        ft = pygame.freetype.Font(asset_file(asset_path("fonts", face_file)), 12)
        _coverage[face_file] = ft
    chars = sorted({ch for ch in text if not ch.isspace()})
    if not chars:
        return set()
    metrics = ft.get_metrics("".join(chars))
    return {ch for ch, m in zip(chars, metrics, strict=True) if m is None}


def wrap_words(text: str, width: int, measure: pygame.font.Font) -> list[str]:
    """Break ``text`` into lines no wider than ``width`` px: at spaces, else per character."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = word if not line else f"{line} {word}"
            if measure.size(candidate)[0] <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
                line = ""
            # A word wider than the line on its own is split where it must be, character by character.
            for ch in word:
                if line and measure.size(line + ch)[0] > width:
                    lines.append(line)
                    line = ""
                line += ch
        lines.append(line)
    return lines


class TextRenderer:
    """Renders and measures text in the current text size; every rendered line is cached."""

    def __init__(self, size: TextSize = TextSize.NORMAL) -> None:
        self._size = size
        self._cache: OrderedDict[tuple[object, ...], pygame.Surface] = OrderedDict()

    @property
    def size(self) -> TextSize:
        """The current text-size setting."""
        return self._size

    def set_size(self, size: TextSize) -> None:
        """Switch the text size (renders in the old size stay cached; they are simply not asked for)."""
        self._size = size

    def face(self, title: bool = False) -> Face:
        """The face for body text in the current size, or the title face."""
        return TITLE_FACE if title else FACES[self._size]

    def font(self, title: bool = False) -> pygame.font.Font:
        """The pygame font for body text or titles."""
        return font_for(self.face(title))

    @property
    def line_height(self) -> int:
        """Pixels from one body line's top to the next's."""
        return self.font().get_height() + 1

    def measure(self, text: str, title: bool = False) -> tuple[int, int]:
        """Width and height in pixels of one line of ``text``."""
        return self.font(title).size(text)

    def wrap(self, text: str, width: int, title: bool = False) -> list[str]:
        """Lines of ``text`` that each fit ``width`` pixels."""
        return wrap_words(text, width, self.font(title))

    def render(
        self, text: str, color: Color, *, title: bool = False, shadow: Color | None = None
    ) -> pygame.Surface:
        """A cached surface with one line of crisp text (transparent background), optionally shadowed 1 px."""
        key = (self.face(title), text, color, shadow)
        surf = self._cache.get(key)
        if surf is not None:
            self._cache.move_to_end(key)
            return surf
        font = self.font(title)
        body = font.render(text, False, color)
        if shadow is None:
            surf = body.convert_alpha() if pygame.display.get_surface() else body
        else:
            surf = pygame.Surface((body.get_width() + 1, body.get_height() + 1), pygame.SRCALPHA)
            surf.blit(font.render(text, False, shadow), (1, 1))
            surf.blit(body, (0, 0))
        self._cache[key] = surf
        if len(self._cache) > CACHE_LIMIT:
            self._cache.popitem(last=False)
        return surf

    def draw(
        self,
        target: pygame.Surface,
        text: str,
        pos: tuple[int, int],
        color: Color,
        *,
        title: bool = False,
        shadow: Color | None = None,
        anchor: str = "topleft",
    ) -> pygame.Rect:
        """Draw one line at ``pos`` (``anchor``: a pygame.Rect attribute); returns the rect drawn."""
        surf = self.render(text, color, title=title, shadow=shadow)
        rect = surf.get_rect(**{anchor: pos})
        target.blit(surf, rect)
        return rect

    def draw_wrapped(
        self,
        target: pygame.Surface,
        text: str,
        rect: pygame.Rect,
        color: Color,
        *,
        shadow: Color | None = None,
        visible_chars: int | None = None,
    ) -> int:
        """Draw ``text`` wrapped in ``rect`` (``visible_chars``: a typewriter prefix); returns lines drawn."""
        lines = self.wrap(text, rect.width)
        shown_upto = len(text) if visible_chars is None else visible_chars
        y = rect.top
        drawn = 0
        pos = 0  # where each wrapped line starts in ``text`` (a space or newline between lines is skipped)
        for line in lines:
            start = pos
            pos += len(line)
            if pos < len(text) and text[pos] in " \n":
                pos += 1
            if start >= shown_upto or y + self.line_height > rect.bottom + 1:
                break
            shown = line[: shown_upto - start]
            if shown:
                self.draw(target, shown, (rect.left, y), color, shadow=shadow)
            y += self.line_height
            drawn += 1
        return drawn
