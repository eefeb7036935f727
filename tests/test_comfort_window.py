"""A real window under Xvfb: rebinding and the language change through the settings menu, keys from xdotool."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import play_in_xvfb

pytestmark = pytest.mark.system

KEYS = r"""
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
"""


def test_rebinding_and_language_through_the_settings_menu_in_a_real_window(tmp_path: Path) -> None:
    done, log = play_in_xvfb(tmp_path, "--scale 1", KEYS)
    assert done.returncode == 0 and "game exit 0" in done.stdout, done.stdout + done.stderr + log
    settings = json.loads((tmp_path / "xdg-config" / "refuge" / "settings.json").read_text(encoding="utf-8"))
    assert settings["bindings"]["keys"]["run"][0] == "r", "the key pressed while waiting became Run's"
    assert "left shift" not in settings["bindings"]["keys"]["run"]
    assert settings["language"] == "ko"
    assert "Traceback" not in log
