"""Small staging fixes from issue 12: the chapter card's rule goes before its title; the Controls page says how
many more keys a binding has instead of a chord-like "Space +"; Pause -> Backlog -> Esc comes back to the pause
menu, not into the game."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pygame
import pytest

from game.app import HeadlessOptions, build_context, run_headless
from game.context import RunOptions
from game.input.bindings import Bindings
from game.input.frame import IDLE, Action, InputFrame
from game.profile import Profile
from game.render.backdrop import RULE_GONE
from game.render.ui import GREY
from game.scene import SceneStack
from game.scenes.controls import BINDING_ORDER, slot_labels
from game.settings import Settings
from tests.helpers import ensure_display

RULE_UNDER = (58, 68, 102)
"""The rule's second row (a GREY row over this one)."""


@pytest.fixture(scope="module", autouse=True)
def _display() -> Iterator[None]:
    ensure_display()
    yield


def card(tmp_path: Path, progress: float) -> np.ndarray:
    ctx = build_context(RunOptions(headless=True), Profile.at(tmp_path / "p"), Settings())
    canvas = pygame.Surface((640, 360))
    ctx.art.ui.draw_chapter_card(canvas, "I. The Dead Forest", "Keep moving. Keep together.", progress)
    return pygame.surfarray.array3d(canvas).transpose(1, 0, 2)


def rule_length(img: np.ndarray) -> int:
    """The longest run of the rule's two-row pattern across the middle of the card."""
    y = img.shape[0] // 2
    both = np.all(img[y] == GREY, axis=1) & np.all(img[y + 1] == RULE_UNDER, axis=1)
    best = run = 0
    for on in both:
        run = run + 1 if on else 0
        best = max(best, run)
    return best


def title_pixels(img: np.ndarray) -> int:
    """Bright pixels in the band above the rule, where the title stands."""
    band = img[img.shape[0] // 2 - 40 : img.shape[0] // 2 - 6]
    return int(np.count_nonzero(band.min(axis=2) > 150))


def test_the_chapter_cards_rule_draws_back_before_its_title_fades(tmp_path: Path) -> None:
    full = card(tmp_path, 0.5)
    assert rule_length(full) > 200 and title_pixels(full) > 50, "mid-card: the rule and the title both show"
    leaving = card(tmp_path, (RULE_GONE + 1.0) / 2)
    assert rule_length(leaving) == 0, "the rule has gone..."
    assert title_pixels(leaving) > 0, "...while the title is still fading"
    assert 0 < rule_length(card(tmp_path, 0.8)) < rule_length(full), "the rule draws back in, it does not cut"


def test_controls_rows_count_the_keys_they_cannot_show() -> None:
    bindings = Bindings()
    labels = {name: slot_labels(bindings, name) for name in BINDING_ORDER}
    assert labels["confirm"][:2] == ("Enter", "Space (+2)"), labels["confirm"]
    for name, shown in labels.items():
        assert not any(label.rstrip().endswith("+") for label in shown), (name, shown)


class PauseBacklogEsc:
    """Plays until a line has been said, then Pause, down to Backlog, confirm, and Esc (back)."""

    def __init__(self, stack: SceneStack) -> None:
        self.stack = stack
        self.tick = 0
        self.plan: list[Action] = []
        self.seen: list[str] = []
        self.started = False

    def next_frame(self) -> InputFrame:
        self.tick += 1
        top = self.stack.top
        name = getattr(top, "name", "")
        if not self.seen or self.seen[-1] != name:
            self.seen.append(name)
        if self.tick % 2:
            return IDLE
        if name == "play" and not self.started:
            view = getattr(top, "view", None)
            if view is not None and view.hud.backlog:
                self.started = True
                return press(Action.PAUSE)
            return IDLE
        if name == "pause" and "backlog" not in self.seen:
            menu = top.menu  # type: ignore[union-attr]
            ids = [item.id for item in menu.items]
            return press(Action.CONFIRM if ids[menu.index] == "backlog" else Action.DOWN)
        if name == "backlog":
            return press(Action.BACK)
        return IDLE


def press(action: Action) -> InputFrame:
    return InputFrame(held=action, pressed=action)


def test_escape_from_the_backlog_goes_back_to_the_pause_menu() -> None:
    players: list[PauseBacklogEsc] = []

    def source(_ctx: object, stack: SceneStack) -> PauseBacklogEsc:
        players.append(PauseBacklogEsc(stack))
        return players[0]

    run_headless(
        RunOptions(seed=1, headless=True, scene="forest", stop_on_exit=True),
        HeadlessOptions(ticks=400, render=True, source=source),
    )
    seen = players[0].seen
    assert "backlog" in seen, seen
    after = seen[seen.index("backlog") + 1 :]
    assert after[:1] == ["pause"], f"Esc in the backlog went to {after[:1]} (scenes in turn: {seen})"
