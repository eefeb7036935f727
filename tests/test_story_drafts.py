"""The four scene drafts (docs/story-draft) pass check, and a scripted player reaches every ending."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from game.content.story_check import check_stories, check_story
from game.content.story_yaml import load_story
from game.story.expr import names_in
from game.story.model import Story, Until
from game.story.runner import Runner, Wait
from game.story.state import Globals
from game.story.values import Value
from game.story.views import ChoiceView, TextTiming

DRAFTS = Path(__file__).parent.parent / "docs" / "story-draft"
SCENES = ("forest", "mall", "fantasy", "confrontation")

Picker = Callable[[ChoiceView], int]


class DraftHost:
    """Moves arrive at once; records scene changes, objectives and what the story waited for."""

    def __init__(self, bond: float) -> None:
        self.values: dict[str, Value] = {"bond": bond, "hands": False, "filming": False, "hidden": False}
        self.items: set[str] = set()
        self.objectives: list[str] = []
        self.scene_change: tuple[str, str | None] | None = None

    def move(self, actor: str, to: str, run: bool) -> None: ...
    def place(self, actor: str, to: str) -> None: ...
    def moving(self, actor: str) -> bool:
        return False

    def face(self, actor: str, toward: str | None, direction: str | None) -> None: ...
    def camera(self, to: str, ticks: int) -> None: ...
    def shake(self, strength: float, ticks: int) -> None: ...
    def fade(self, to: str, ticks: int, color: str) -> None: ...
    def effect(self, name: str, ticks: int) -> None: ...
    def sound(self, name: str, at: str | None) -> None: ...
    def music(self, name: str, fade_ticks: int) -> None: ...
    def give(self, item: str) -> None:
        self.items.add(item)

    def has(self, item: str) -> bool:
        return item in self.items

    def objective(self, line_id: str, target: str) -> None:
        self.objectives.append(line_id)

    def checkpoint(self, at: str) -> None: ...
    def scene(self, to: str, ending: str | None) -> None:
        self.scene_change = (to, ending)

    def bond(self, delta: float) -> None:
        self.values["bond"] = min(1.0, max(0.0, float(self.values["bond"]) + delta))

    def value(self, name: str) -> Value:
        return self.values[name]


def play(story: Story, globals_: Globals, bond: float, pick: Picker) -> tuple[DraftHost, list[str]]:
    """Play a scene as a patient player: advance every line, walk into each Trigger in file order, do what
    each ``until`` asks. Returns the host and the world values the story waited for, in order."""
    runner = Runner(story, globals_, TextTiming(chars_per_tick=1.0))
    host = DraftHost(bond)
    triggers = list(story.triggers)
    waited: list[str] = []
    for _ in range(100_000):
        if host.scene_change is not None or (runner.idle and not triggers):
            return host, waited
        if runner.idle:
            runner.trigger(triggers.pop(0))
        choice = runner.current_choice
        runner.step(host, advance=runner.current_line is not None, choice=pick(choice) if choice else None)
        if runner.wait is Wait.UNTIL:
            frame = runner.frames[-1]
            until = runner.code[frame.node].instrs[frame.pc]
            assert isinstance(until, Until)
            for name in names_in(until.cond):
                waited.append(name)
                host.values[name] = True
    raise AssertionError(f"{story.scene} never finished")


def picker(*wanted: str) -> Picker:
    """Pick the first offered option whose id ends with one of ``wanted`` (else the first option)."""

    def pick(choice: ChoiceView) -> int:
        for option in choice.options:
            if option.id.rsplit(".", 1)[-1] in wanted:
                return option.index
        return 0

    return pick


@pytest.mark.parametrize("scene", SCENES)
def test_each_draft_passes_check(scene: str) -> None:
    assert check_story(DRAFTS / f"{scene}.yaml", None, set(SCENES)) == []


def test_the_drafts_agree_on_globals_and_never_share_a_line_id() -> None:
    assert check_stories([load_story(DRAFTS / f"{scene}.yaml") for scene in SCENES]) == []


def test_the_whole_story_plays_from_forest_to_an_ending() -> None:
    globals_ = Globals()
    changes = []
    for scene in SCENES:
        host, _ = play(
            load_story(DRAFTS / f"{scene}.yaml"), globals_, 0.55, picker("c_shoe", "keep", "c_wake")
        )
        changes.append(host.scene_change)
    assert changes == [None, ("fantasy", None), ("confrontation", None), ("ending", "overlap")]
    assert globals_.values["shoelace_tied"] is True and globals_.values["dal_saved_byeol"] is True


@pytest.mark.parametrize(
    ("kept", "stayed", "bond", "ending"),
    [
        ((True, True, True, True), False, 0.45, "overlap"),
        ((True, True, False, False), False, 0.5, "together"),
        ((True, True, True, True), True, 0.45, "remember"),
        ((False, False, False, False), False, 0.3, "remember"),
        ((True, True, True, False), False, 0.45, "together"),
    ],
)
def test_each_ending_is_reached_and_the_last_input_is_taking_a_hand(
    kept: tuple[bool, bool, bool, bool], stayed: bool, bond: float, ending: str
) -> None:
    names = ("kept_wedding", "kept_home", "kept_morning", "kept_old")
    globals_ = Globals({**dict(zip(names, kept, strict=True)), "stayed_in_dream": stayed})
    host, waited = play(load_story(DRAFTS / "confrontation.yaml"), globals_, bond, picker())
    assert host.scene_change == ("ending", ending)
    assert waited[-1] == "hands" and host.objectives[-1] == "confrontation.obj.hand"
