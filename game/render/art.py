"""The art every scene shares, loaded once on first use: text, UI pieces and character sprites."""

from __future__ import annotations

from functools import cached_property

from game.render.sprites import Sprites
from game.render.text import TextRenderer
from game.render.ui import UI


class Art:
    """Lazily loaded shared art (needs a display mode set, so it is built on the first draw)."""

    def __init__(self) -> None:
        self.text = TextRenderer()

    @cached_property
    def ui(self) -> UI:
        """Panels, icons, title backdrop, chapter cards and credits."""
        return UI(self.text)

    @cached_property
    def sprites(self) -> Sprites:
        """Dal's and Byeol's sheets and portraits."""
        return Sprites()
