"""``refuge play --watch`` in a real window under Xvfb: a story edit reaches the screen within a second."""

from __future__ import annotations

import shutil
from pathlib import Path

import pygame
import pytest

from tests.helpers import play_in_xvfb

pytestmark = pytest.mark.system

ROOT = Path(__file__).resolve().parent.parent
MAPS = ROOT / "tests" / "fixtures" / "maps"

# The objective sits at the top left of the window: grab it twice before the edit (it holds still), save the
# story with a new objective text, and grab it again no more than a second after the save.
KEYS = r"""
sleep 1
import -window "$WIN" "$OUT/before_1.png"
sleep 0.5
import -window "$WIN" "$OUT/before_2.png"
date +%s.%N > "$OUT/saved_at"
sed -i 's/Reach the far corner/Find the old gate/' "$OUT/gate/good.yaml"
sleep 0.8
date +%s.%N > "$OUT/grabbed_at"
import -window "$WIN" "$OUT/after.png"
sleep 0.3
"""


def objective_strip(path: Path) -> bytes:
    """The window's top strip, where the objective is drawn (above the world, below nothing else)."""
    shot = pygame.image.load(str(path))
    return pygame.image.tobytes(shot.subsurface(pygame.Rect(0, 0, min(260, shot.get_width()), 26)), "RGB")


def test_a_story_edit_under_watch_is_on_screen_within_a_second(tmp_path: Path) -> None:
    (tmp_path / "gate").mkdir()
    for name in ("tiny.tsx", "tiny.png"):
        shutil.copy(MAPS / name, tmp_path / name)
    # The good fixture without its Cube (nothing moves near the objective) and without its opening line (the
    # objective shows from the first frame, as it does again at once after a reload).
    text = (
        (MAPS / "gate" / "good.tmx")
        .read_text()
        .replace('  <property name="cube" type="bool" value="true"/>\n', "")
    )
    (tmp_path / "gate" / "good.tmx").write_text(text)
    story = (MAPS / "gate" / "good.yaml").read_text()
    opening = '    - say: dal\n      id: gate_good.start.quiet\n      text: "The yard. Quiet."\n'
    assert opening in story
    (tmp_path / "gate" / "good.yaml").write_text(story.replace(opening, ""))
    done, log = play_in_xvfb(
        tmp_path, f"--watch --map {tmp_path / 'gate' / 'good.tmx'} --scale 1 --seed 1", KEYS
    )
    assert done.returncode == 0 and "game exit 0" in done.stdout, done.stdout + done.stderr + log
    assert "Traceback" not in log
    took = float((tmp_path / "grabbed_at").read_text()) - float((tmp_path / "saved_at").read_text())
    assert took <= 1.0, f"grabbed {took:.2f} s after the save"
    first, second, after = (objective_strip(tmp_path / f"{n}.png") for n in ("before_1", "before_2", "after"))
    assert len(set(first)) > 2, "the objective is on screen before the edit"
    assert first == second, "the objective strip holds still while nothing is edited"
    assert after != second, "the edited objective is on screen within a second of the save"
    assert "refuge --watch: good.yaml changed; reloaded" in log, log
