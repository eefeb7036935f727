"""A real window under Xvfb: the game starts, takes keys from xdotool, draws the forest and quits on Ctrl+Q."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pygame
import pytest

from tests.helpers import ROOT, game_env, require_tool

pytestmark = pytest.mark.system

SCRIPT = r"""
set -u
"$PYTHON" -m game play --scene forest --scale 1 --seed 4 > "$OUT/game.log" 2>&1 &
GAME=$!
for i in $(seq 1 100); do
    WIN=$(xdotool search --class '^refuge$' 2>/dev/null | head -n 1)
    [ -n "$WIN" ] && break
    sleep 0.1
done
[ -n "${WIN:-}" ] || { echo "no window"; kill $GAME; exit 3; }
# No window manager runs under Xvfb: give the window focus directly, then type as a person would.
xdotool windowfocus --sync "$WIN" 2>/dev/null || xdotool windowfocus "$WIN"
# Wait for the first frames (a loaded machine may take a while to load the level).
for i in $(seq 1 100); do
    import -window root "$OUT/first.png"
    [ "$(convert "$OUT/first.png" -format %k info:)" -gt 12 ] && break
    sleep 0.2
done
xdotool keydown d; sleep 0.6; xdotool keyup d
xdotool keydown s; sleep 0.4; xdotool keyup s
sleep 0.2
import -window root "$OUT/shot.png"
xdotool key ctrl+q
for i in $(seq 1 50); do kill -0 $GAME 2>/dev/null || break; sleep 0.1; done
if kill -0 $GAME 2>/dev/null; then echo "game did not quit"; kill $GAME; exit 4; fi
wait $GAME
echo "game exit $?"
"""


def test_real_window_draws_the_forest_and_quits_cleanly(tmp_path: Path) -> None:
    require_tool("xvfb-run")
    require_tool("xdotool")
    require_tool("import")
    env = game_env(tmp_path, PYTHON=sys.executable, OUT=str(tmp_path))
    for key in ("SDL_VIDEODRIVER", "DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(key, None)
    started = time.monotonic()
    done = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1024x600x24", "bash", "-c", SCRIPT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    log = (tmp_path / "game.log").read_text() if (tmp_path / "game.log").exists() else ""
    assert done.returncode == 0, done.stdout + done.stderr + log
    assert "game exit 0" in done.stdout, done.stdout + log
    assert time.monotonic() - started < 60
    shot = pygame.image.load(str(tmp_path / "shot.png"))
    # The window (640x360 at scale 1) sits somewhere on the 1024x600 screen; sample the whole screen.
    small = pygame.transform.scale(shot, (128, 75))
    colours = {small.get_at((x, y))[:3] for x in range(128) for y in range(75)}
    assert len(colours) > 12, f"the frame looks blank: {len(colours)} colours"
