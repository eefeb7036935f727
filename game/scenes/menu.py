"""A vertical menu driven by the same actions as play: up/down to move, confirm to choose, back to leave."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pygame

from game.i18n import Msg, Translator
from game.input.frame import Action, InputFrame
from game.render.palette import PALE_GREY as PALE
from game.render.palette import WHITE
from game.render.text import TextRenderer
from game.render.ui import SHADOW, UI

PAD_X = 22
"""Room left of an item's text for the cursor."""
PAD_Y = 8


@dataclass(frozen=True, slots=True)
class MenuItem:
    """One entry: the id the scene acts on and its label (translated when drawn)."""

    id: str
    label: Msg
    enabled: bool = True


class Menu:
    """The cursor over a list of items; :meth:`update` returns the id chosen this tick, or the ``back`` id."""

    def __init__(
        self, items: list[MenuItem], back: str | None = None, sound: Callable[[str], None] | None = None
    ) -> None:
        if not items:
            raise ValueError("a menu needs at least one item")
        self.items = items
        self.back = back
        self.sound = sound
        """Plays a UI blip by name (``ui_move``, ``ui_confirm``, ``ui_back``); presentation only."""
        self.index = next((i for i, item in enumerate(items) if item.enabled), 0)

    @property
    def current(self) -> MenuItem:
        """The item under the cursor."""
        return self.items[self.index]

    def _step(self, delta: int) -> None:
        for _ in range(len(self.items)):
            self.index = (self.index + delta) % len(self.items)
            if self.items[self.index].enabled:
                return

    def update(self, frame: InputFrame) -> str | None:
        """Move the cursor or choose: the chosen item's id, the ``back`` id, or ``None``."""
        if frame.was_pressed(Action.UP):
            self._step(-1)
            self._blip("ui_move")
        if frame.was_pressed(Action.DOWN):
            self._step(1)
            self._blip("ui_move")
        if frame.was_pressed(Action.CONFIRM) and self.current.enabled:
            self._blip("ui_confirm")
            return self.current.id
        if frame.was_pressed(Action.BACK) and self.back is not None:
            self._blip("ui_back")
            return self.back
        return None

    def _blip(self, name: str) -> None:
        if self.sound is not None:
            self.sound(name)

    def size(self, text: TextRenderer, translator: Translator) -> tuple[int, int]:
        """The panel's size for the items in the current language and text size."""
        widest = max(text.measure(translator.msg(item.label))[0] for item in self.items)
        return widest + PAD_X + 18, len(self.items) * (text.line_height + 6) + PAD_Y * 2

    def draw(
        self, canvas: pygame.Surface, ui: UI, translator: Translator, centre_x: int, top: int, tick: int
    ) -> pygame.Rect:
        """Draw the menu in a panel centred on ``centre_x`` from ``top``; returns the panel's rectangle."""
        text = ui.text
        w, h = self.size(text, translator)
        rect = pygame.Rect(centre_x - w // 2, top, w, h)
        ui.menu_panel.draw(canvas, rect)
        row = text.line_height + 6
        y = rect.top + PAD_Y
        for i, item in enumerate(self.items):
            if i == self.index:
                ui.highlight.draw(canvas, pygame.Rect(rect.left + 4, y, rect.width - 8, row))
                cursor = ui.cursor_frames[(tick // 24) % len(ui.cursor_frames)]
                canvas.blit(cursor, cursor.get_rect(midleft=(rect.left + 8, y + row // 2)))
            colour = WHITE if i == self.index else PALE if item.enabled else (90, 105, 136)
            text.draw(canvas, translator.msg(item.label), (rect.left + PAD_X, y + 3), colour, shadow=SHADOW)
            y += row
        return rect
