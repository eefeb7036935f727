"""A real window under Xvfb: rebinding and the language change through the settings menu, keys from xdotool."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT, game_env, require_tool

pytestmark = pytest.mark.system

SCRIPT = r"""
set -u
"$PYTHON" -m game play --scale 1 > "$OUT/game.log" 2>&1 &
GAME=$!
for i in $(seq 1 100); do
    WIN=$(xdotool search --class '^refuge$' 2>/dev/null | head -n 1)
    [ -n "$WIN" ] && break
    sleep 0.1
done
[ -n "${WIN:-}" ] || { echo "no window"; kill $GAME; exit 3; }
xdotool windowfocus --sync "$WIN" 2>/dev/null || xdotool windowfocus "$WIN"
for i in $(seq 1 100); do
    import -window root "$OUT/first.png"
    [ "$(convert "$OUT/first.png" -format %k info:)" -gt 12 ] && break
    sleep 0.2
done
k() { for key in "$@"; do xdotool key "$key"; sleep 0.15; done; }
k Down Return                     # the title: New game, [Settings], Quit
k Down Down Return                # pages: Audio, Display, [Controls]
k Down Down Down Down Return      # rows: up, down, left, right, [Run]: wait for a key
k r                               # the new key for Run
k Escape Down Down Down Return    # back to the pages, [Language]
k Right                           # English -> Korean
sleep 0.3
import -window root "$OUT/korean.png"
k Escape Escape                   # back to the title
xdotool key ctrl+q
for i in $(seq 1 50); do kill -0 $GAME 2>/dev/null || break; sleep 0.1; done
if kill -0 $GAME 2>/dev/null; then echo "game did not quit"; kill $GAME; exit 4; fi
wait $GAME
echo "game exit $?"
"""


def test_rebinding_and_language_through_the_settings_menu_in_a_real_window(tmp_path: Path) -> None:
    require_tool("xvfb-run")
    require_tool("xdotool")
    require_tool("import")
    env = game_env(tmp_path, PYTHON=sys.executable, OUT=str(tmp_path))
    for key in ("SDL_VIDEODRIVER", "DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(key, None)
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
    assert done.returncode == 0 and "game exit 0" in done.stdout, done.stdout + done.stderr + log
    settings = json.loads((tmp_path / "xdg-config" / "refuge" / "settings.json").read_text(encoding="utf-8"))
    assert settings["bindings"]["keys"]["run"][0] == "r", "the key pressed while waiting became Run's"
    assert "left shift" not in settings["bindings"]["keys"]["run"]
    assert settings["language"] == "ko"
    assert "Traceback" not in log
