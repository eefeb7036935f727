"""A real window under Xvfb: the game starts, takes keys from xdotool, draws the forest and quits on Ctrl+Q."""

from __future__ import annotations

import time
from pathlib import Path

import pygame
import pytest

from tests.helpers import play_in_xvfb

pytestmark = pytest.mark.system

KEYS = r"""
xdotool keydown d; sleep 0.6; xdotool keyup d
xdotool keydown s; sleep 0.4; xdotool keyup s
sleep 0.2
import -window root "$OUT/shot.png"
"""


def test_real_window_draws_the_forest_and_quits_cleanly(tmp_path: Path) -> None:
    started = time.monotonic()
    done, log = play_in_xvfb(tmp_path, "--scene forest --scale 1 --seed 4", KEYS)
    assert done.returncode == 0, done.stdout + done.stderr + log
    assert "game exit 0" in done.stdout, done.stdout + log
    assert time.monotonic() - started < 60
    shot = pygame.image.load(str(tmp_path / "shot.png"))
    # The window (640x360 at scale 1) sits somewhere on the 1024x600 screen; sample the whole screen.
    small = pygame.transform.scale(shot, (128, 75))
    colours = {small.get_at((x, y))[:3] for x in range(128) for y in range(75)}
    assert len(colours) > 12, f"the frame looks blank: {len(colours)} colours"
