"""The camcorder's timecode keeps counting in the HUD corner whenever the pair carry it and are not filming."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pygame
import pytest

from game.app import build_context
from game.context import RunOptions
from game.profile import Profile
from game.render.hud import TIMECODE_Y, Hud
from game.settings import Settings
from game.view.player_view import ActorView, MapView, PlayerView, TalkView

CORNER = pygame.Rect(640 - 90, TIMECODE_Y - 1, 90, 14)
"""Where the timecode sits: under the battery and the eye, at the right edge."""


@pytest.fixture(scope="module", autouse=True)
def _display() -> Iterator[None]:
    pygame.display.init()
    if pygame.display.get_surface() is None:
        pygame.display.set_mode((1, 1))
    yield


def hud_view(talk: TalkView, ticks: int = 0, carried: bool = False, filming: bool = False) -> PlayerView:
    """A PlayerView for the HUD alone: Dal on a one-tile map, ``talk`` on screen, the camcorder carried or not."""
    actor = ActorView("dal", 0.0, 0.0, False, False, False, False, 0)
    return PlayerView(
        tick=ticks,
        map=MapView("test", 1, 1, 16, b"\x00", b"\x00", False, {}),
        camera=(0.0, 0.0, 640, 360),
        tiles=(0, 0, 1, 1),
        player=actor,
        partner=actor,
        filming=filming,
        holding_hands=False,
        light=None,
        eye=None,
        hum=None,
        places=(),
        objective=None,
        talk=talk,
        inventory=("camcorder",) if carried else (),
        battery=0.8,
        battery_to_film=True,
        bond=0.5,
        timecode=ticks,
        music="",
        cues=(),
    )


def corner(hud: Hud, carried: bool, ticks: int, filming: bool = False) -> np.ndarray:
    """The HUD's top-right corner over a plain field, for a player who carries the camcorder or not."""
    view = hud_view(TalkView(None, False, None, 0, False), ticks, carried, filming)
    canvas = pygame.Surface((640, 360))
    canvas.fill((58, 68, 102))
    hud.draw(canvas, view, None, 0, filming=filming)
    return pygame.surfarray.array3d(canvas.subsurface(CORNER)).astype(np.int16)


def test_the_timecode_counts_while_the_camcorder_is_carried(tmp_path: Path) -> None:
    hud = Hud(build_context(RunOptions(headless=True), Profile.at(tmp_path / "p"), Settings()))
    blank = corner(hud, carried=False, ticks=0)
    early = corner(hud, carried=True, ticks=60 * 5)
    later = corner(hud, carried=True, ticks=60 * 65 + 7)
    assert np.abs(early - blank).sum() > 0, "carried: the timecode shows"
    assert np.abs(later - early).sum() > 0, "and it counts on"
    assert np.array_equal(corner(hud, carried=False, ticks=60 * 65), blank), "not carried: nothing there"
    filming = corner(hud, carried=True, ticks=60 * 65, filming=True)
    assert np.array_equal(filming, corner(hud, carried=False, ticks=0, filming=True)), (
        "filming: the viewfinder shows its own timecode"
    )
