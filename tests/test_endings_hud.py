"""The camcorder's timecode keeps counting in the HUD corner whenever the pair carry it and are not filming."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pygame
import pytest

from game.app import build_context
from game.context import RunOptions
from game.profile import Profile
from game.render.hud import TIMECODE_Y, Hud
from game.settings import Settings
from game.sim.session import Session

CORNER = pygame.Rect(640 - 90, TIMECODE_Y - 1, 90, 14)
"""Where the timecode sits: under the battery and the eye, at the right edge."""


@pytest.fixture(scope="module", autouse=True)
def _display() -> Iterator[None]:
    pygame.display.init()
    if pygame.display.get_surface() is None:
        pygame.display.set_mode((1, 1))
    yield


def corner(hud: Hud, carried: bool, ticks: int, filming: bool = False) -> np.ndarray:
    """The HUD's top-right corner over a plain field, for a sim that carries the camcorder or not."""
    session = Session.new(1)
    session.ticks = ticks
    if carried:
        session.inventory.append("camcorder")
    sim = SimpleNamespace(
        session=session,
        runner=None,
        objective=None,
        talking=False,
        camcorder=SimpleNamespace(charge=0.8),
        world=SimpleNamespace(player=SimpleNamespace(x=320.0, y=180.0, hide_spot=None)),
        level=SimpleNamespace(objects_of=lambda _cls: []),
    )
    canvas = pygame.Surface((640, 360))
    canvas.fill((58, 68, 102))
    hud.draw(canvas, sim, None, 0, filming=filming)  # type: ignore[arg-type]
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
