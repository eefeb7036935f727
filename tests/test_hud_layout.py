"""Layout rules (issue 12): the HUD (objective, status icons, pointers), the captions, the dialogue panel with
its choices and skip hint, and the camcorder's frame (REC, timecode, SP, battery, corner marks) each own a
region of the screen, and nothing one draws meets anything another draws, in either language at any text size.

Every HUD state (``tools/hud_states.py``) is drawn for real (the HUD over a level, the viewfinder under it
when filming) with the widest words the game has in that language and size: the longest objective, line,
options and captions of every shipped story. Each drawer records the rects of the surfaces it actually blitted
(``Hud.drawn``, ``Viewfinder.drawn``), and those are what is compared.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest

from game.app import build_context
from game.context import RunOptions
from game.profile import Profile
from game.render.hud import Hud
from game.render.text import TextSize
from game.render.viewfinder import Viewfinder, centre_marks
from game.settings import Settings
from tests.helpers import ensure_display
from tools.hud_states import SIZE, State, collisions, draw_state, states


@pytest.fixture(scope="module", autouse=True)
def _display() -> Iterator[None]:
    ensure_display()
    yield


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_no_two_regions_meet_in_any_hud_state_language_or_text_size(lang: str, tmp_path: Path) -> None:
    ctx = build_context(RunOptions(headless=True, lang=lang), Profile.at(tmp_path / "p"), Settings())
    hud = Hud(ctx)
    finder = Viewfinder(text=ctx.art.text)
    checked = 0
    seen_regions: set[str] = set()
    problems: list[str] = []
    canvas_rect = pygame.Rect((0, 0), SIZE)
    for size in TextSize:
        ctx.art.text.set_size(size)
        for state in states():
            drawn = draw_state(ctx, hud, finder, state)
            seen_regions |= {name for name, _ in drawn}
            where = f"{lang}, {size.value}, {state.name}{' (filming)' if state.filming else ''}"
            problems += [f"{where}: {c}" for c in collisions(drawn)]
            if state.filming:
                marks = centre_marks(SIZE)
                problems += [f"{where}: {n} {tuple(r)} on the centre marks" for n, r in drawn if r.colliderect(marks)
                             and n == "captions"]  # fmt: skip
            problems += [
                f"{where}: {n} {tuple(r)} leaves the screen" for n, r in drawn if not canvas_rect.contains(r)
            ]
            checked += 1
    assert not problems, f"{len(problems)} overlaps, e.g.:\n" + "\n".join(problems[:12])
    # The check saw every region at work (it cannot pass by drawing nothing).
    assert seen_regions == {
        "frame",
        "status",
        "objective",
        "captions",
        "talk",
        "pointer",
        "marker",
        "prompt",
    }, seen_regions
    assert checked == 3 * len(states())


def test_the_marker_follows_its_setting_and_stays_out_of_cutscenes(tmp_path: Path) -> None:
    off = Settings().with_value("objective_marker", False)
    for settings, cutscene, want in (
        (Settings(), False, True),
        (off, False, False),
        (Settings(), True, False),
    ):
        ctx = build_context(RunOptions(headless=True), Profile.at(tmp_path / "p"), settings)
        hud = Hud(ctx)
        state = State("marker", objective=True, cutscene=cutscene, target_off_screen=(1000.0, 180.0))
        drawn = draw_state(ctx, hud, Viewfinder(text=ctx.art.text), state)
        markers = [r for name, r in drawn if name == "marker"]
        assert bool(markers) == want, (settings.objective_marker, cutscene, drawn)
        if markers:
            assert markers[0].centerx > 560, "it points right, toward the objective, from the right edge"
