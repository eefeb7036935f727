"""Autosaves and Continue: written at scene starts and checkpoints, resumed from the title, never a crash."""

from __future__ import annotations

import json
from pathlib import Path

from game.app import HeadlessOptions, HeadlessResult, run_headless
from game.context import RunOptions
from game.input.frame import Action, InputFrame
from game.save import read_save
from game.scene import SceneStack
from tests.helpers import last_json, run_game


class Script:
    def __init__(self, frames: list[InputFrame], stack: SceneStack) -> None:
        self.frames = frames
        self.stack = stack
        self.tops: list[str] = []

    def next_frame(self) -> InputFrame:
        top = self.stack.top
        self.tops.append(top.name if top else "-")
        return self.frames.pop(0) if self.frames else InputFrame()


def test_a_headless_run_with_a_profile_leaves_an_autosave(tmp_path: Path) -> None:
    done = run_game(
        ["headless", "--scene", "forest", "--ticks", "120", "--profile", str(tmp_path / "p"), "--json"],
        tmp_path,
    )
    assert done.returncode == 0, done.stderr
    save, message = read_save(tmp_path / "p" / "data" / "save.json")
    assert message is None and save is not None
    assert save.scene == "forest"


def test_continue_resumes_the_saved_scene(tmp_path: Path) -> None:
    profile = tmp_path / "p"
    first = run_game(["headless", "--scene", "forest", "--ticks", "60", "--profile", str(profile)], tmp_path)
    assert first.returncode == 0, first.stderr
    tops, result = continue_from(profile)
    assert tops[0] == "title"
    assert tops[-1] == "play"  # Continue is the first item when a save exists
    assert result.scenes == ["forest"]


def test_a_corrupt_save_is_set_aside_and_the_game_still_starts(tmp_path: Path) -> None:
    profile = tmp_path / "p"
    (profile / "data").mkdir(parents=True)
    (profile / "data" / "save.json").write_text(
        '{"version": 1, "session": {"seed": "nope"}, "scene": "forest"}'
    )
    (profile / "config").mkdir()
    (profile / "config" / "settings.json").write_text("{ this is not json")
    done = run_game(["headless", "--ticks", "30", "--profile", str(profile), "--json"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert last_json(done.stdout)["outcome"] == "ticks"
    assert "settings file" in done.stderr and "save file" in done.stderr and "set aside" in done.stderr
    assert len(list((profile / "config").glob("settings.json.corrupt-*"))) == 1
    assert not (profile / "data" / "save.json").exists()
    (moved,) = (profile / "data").glob("save.json.corrupt-*")
    assert json.loads(moved.read_text())["session"] == {"seed": "nope"}


def saved_mid_forest(profile: Path, content: str | None) -> dict[str, object]:
    """Write an autosave from a forest half a second in (its level state's fingerprint replaced when given)."""
    from game.content.story_yaml import load_story
    from game.content.tiled import load_level
    from game.save import SaveGame, write_save
    from game.sim.level_sim import LevelSim
    from game.sim.session import Session
    from tests.helpers import ROOT

    session = Session.new(5)
    session.story_globals.values["shoelace"] = True
    sim = LevelSim(
        load_level(ROOT / "levels" / "forest.tmx"), session, 5, load_story(ROOT / "levels" / "forest.yaml")
    )
    for _ in range(30):
        sim.step(InputFrame())
    state = sim.to_save()
    if content is not None:
        state["content"] = content
    (profile / "data").mkdir(parents=True)
    write_save(profile / "data" / "save.json", SaveGame(session.to_save(), "forest", level=state))
    return state


def continue_from(profile: Path) -> tuple[list[str], HeadlessResult]:
    """Press Continue at the title; the scenes on top and what the run did."""
    scripts: list[Script] = []

    def source(ctx: object, stack: SceneStack) -> Script:
        scripts.append(Script([InputFrame(), InputFrame(pressed=Action.CONFIRM)], stack))
        return scripts[0]

    result = run_headless(
        RunOptions(seed=9, headless=True), HeadlessOptions(ticks=30, profile_dir=profile, source=source)
    )
    return scripts[0].tops, result


def test_a_save_from_another_version_of_the_scene_starts_the_scene_again_and_keeps_the_rest(
    tmp_path: Path,
) -> None:
    profile = tmp_path / "p"
    saved_mid_forest(profile, content="0" * 16)
    tops, result = continue_from(profile)
    messages = result.messages
    assert tops[-1] == "play", "the game goes on, in the saved scene"
    assert any("starts again" in m for m in messages), messages
    assert not any("set aside" in m for m in messages), "nothing of the player's is thrown away"
    save, _ = read_save(profile / "data" / "save.json")
    assert save is not None and save.scene == "forest"
    assert save.session["globals"]["values"]["shoelace"] is True  # type: ignore[index]


def test_a_save_from_this_version_resumes_where_it_was(tmp_path: Path) -> None:
    profile = tmp_path / "p"
    saved_mid_forest(profile, content=None)
    tops, result = continue_from(profile)
    messages = result.messages
    assert tops[-1] == "play" and not any("starts again" in m for m in messages), messages
