"""The four scene stories as written: they agree with each other, and keep the voice's rules (barks come at
most two in a row; lines and objectives stay short enough to read at a glance)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from game.content.story_check import check_stories
from game.content.story_yaml import load_story
from game.story.lines import LineKind, iter_units

LEVELS = Path(__file__).resolve().parent.parent / "levels"
SCENES = ("forest", "mall", "fantasy", "confrontation")
LINE_CHARS = 60
"""A line this long fits the dialogue box in two lines at the default text size."""
OBJECTIVE_CHARS = 42
"""An objective is one line at the top left."""


def step_lists(node: Any) -> Iterator[list[Any]]:
    """Every list of steps in a node (its own, and those nested in if/then/else and choice options)."""
    steps = node["steps"] if isinstance(node, dict) else node
    yield steps
    for step in steps:
        for key in ("then", "else"):
            if isinstance(step.get(key), list):
                yield from step_lists(step[key])
        for option in step.get("choice", []) or []:
            if isinstance(option.get("do"), list):
                yield from step_lists(option["do"])


def test_the_stories_agree_on_globals_and_never_share_a_line_id() -> None:
    assert check_stories([load_story(LEVELS / f"{scene}.yaml") for scene in SCENES]) == []


@pytest.mark.parametrize("scene", SCENES)
def test_barks_come_at_most_two_in_a_row(scene: str) -> None:
    nodes = yaml.safe_load((LEVELS / f"{scene}.yaml").read_text())["nodes"]
    for name, node in nodes.items():
        for steps in step_lists(node):
            run = 0
            for step in steps:
                run = run + 1 if "say" in step and "auto" in step else 0
                assert run <= 2, f"{scene}.{name}: three barks in a row at {step.get('id')}"


@pytest.mark.parametrize("scene", SCENES)
def test_lines_and_objectives_read_at_a_glance(scene: str) -> None:
    for unit in iter_units(load_story(LEVELS / f"{scene}.yaml")):
        limit = OBJECTIVE_CHARS if unit.kind is LineKind.OBJECTIVE else LINE_CHARS
        assert len(unit.text) <= limit, f"{unit.id}: {unit.text!r}"


@pytest.mark.parametrize("scene", SCENES)
def test_a_cutscene_never_waits_for_what_only_the_player_can_do(scene: str) -> None:
    # A cutscene locks the input, so an `until` inside one (hands, hidden, filming, an item) could never be met.
    nodes = yaml.safe_load((LEVELS / f"{scene}.yaml").read_text())["nodes"]
    for name, node in nodes.items():
        if isinstance(node, dict) and node.get("cutscene"):
            for steps in step_lists(node):
                waits = [step["until"] for step in steps if "until" in step]
                assert not waits, f"{scene}.{name}: a cutscene waits until {waits}"
