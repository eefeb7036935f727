"""The dialogue box shows the speaker's portrait with the line's expression, in the outfit they wear."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.app import build_context
from game.context import RunOptions
from game.profile import Profile
from game.render.hud import Hud
from game.settings import Settings
from game.story.views import LineView
from game.view.player_view import TalkView
from tests.test_endings_hud import _display, hud_view  # noqa: F401  (_display: the display the HUD's art needs)


def drawn_portrait(hud: Hud, expression: str, outfits: dict[str, str]) -> pygame.Surface:
    """The 32x32 square where the dialogue box draws Byeol's portrait for one line."""
    line = LineView("t.a", "byeol", "Ha!", {}, 1.0, False, expression)
    view = hud_view(TalkView(line, True, None, 0, False))
    canvas = pygame.Surface((640, 360))
    canvas.fill((58, 68, 102))
    hud.draw(canvas, view, None, 0, outfits=outfits)
    box = hud.art.ui.dialogue_rect(canvas.get_size())
    return canvas.subsurface(pygame.Rect(box.left + 10, box.top + 10, 32, 32)).copy()


def shows(drawn: pygame.Surface, portrait: pygame.Surface) -> bool:
    """Every opaque pixel of ``portrait`` is on screen as drawn."""
    return all(
        drawn.get_at((x, y))[:3] == portrait.get_at((x, y))[:3]
        for x in range(32)
        for y in range(32)
        if portrait.get_at((x, y)).a == 255
    )


@pytest.mark.parametrize(("expression", "outfit"), [("laugh", ""), ("sad", "heap"), ("tender", "wedding")])
def test_the_speaker_s_portrait_has_the_line_s_expression_and_their_outfit(
    tmp_path: Path, expression: str, outfit: str
) -> None:
    hud = Hud(build_context(RunOptions(headless=True), Profile.at(tmp_path / "p"), Settings()))
    sprites = hud.art.sprites
    drawn = drawn_portrait(hud, expression, {"byeol": outfit, "dal": "heap_hat"})
    assert shows(drawn, sprites.portrait("byeol", expression, outfit))
    assert not shows(drawn, sprites.portrait("byeol", "neutral", outfit))
    if outfit:
        assert not shows(drawn, sprites.portrait("byeol", expression))
