"""The play scene as a designer uses it: any map file, reloaded on change with the pair kept in place."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from game.app import build_context
from game.context import LEVELS_DIR, RunOptions
from game.input.frame import InputFrame
from game.profile import Profile
from game.scene import SceneStack
from game.scenes.play import WATCH_EVERY, PlayScene
from game.settings import Settings
from game.sim.session import Session


def copy_levels(tmp: Path) -> Path:
    """A copy of the shipped tree (maps, stories and the tilesets they point at), so edits stay local."""
    shutil.copytree(LEVELS_DIR, tmp / "levels")
    shutil.copytree(LEVELS_DIR.parent / "assets" / "tilesets", tmp / "assets" / "tilesets")
    return tmp / "levels"


def test_watch_reloads_a_changed_map_and_keeps_the_pair_in_place(tmp_path: Path) -> None:
    levels = copy_levels(tmp_path)
    forest = levels / "forest.tmx"
    profile = Profile.fresh()
    try:
        ctx = build_context(
            RunOptions(seed=1, headless=True, watch=True, map_path=forest), profile, Settings()
        )
        play = PlayScene(ctx, Session.new(1), map_path=forest)
        stack = SceneStack()
        stack.push(play)
        for _ in range(WATCH_EVERY * 2):
            stack.update(InputFrame(move=(0.0, -1.0)))
        old_sim = play.sim
        text = forest.read_text().replace(
            'name="darkness" type="float" value="0.72"', 'name="darkness" type="float" value="0.5"'
        )
        forest.write_text(text)
        os.utime(forest, (os.path.getmtime(forest) + 5, os.path.getmtime(forest) + 5))
        for _ in range(WATCH_EVERY):
            stack.update(InputFrame())
        assert play.sim is not old_sim, "the changed map was not reloaded"
        assert play.level.darkness == 0.5
        # The pair stand where the old simulation last had them (it stopped at the reload), away from the spawn.
        kept = (old_sim.world.player.x, old_sim.world.player.y)
        assert (play.sim.world.player.x, play.sim.world.player.y) == kept
        spawn = play.level.spawn("player")
        assert spawn is not None and (spawn.x, spawn.y) != kept
    finally:
        profile.discard()


def test_a_broken_edit_keeps_the_old_map_and_says_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    levels = copy_levels(tmp_path)
    forest = levels / "forest.tmx"
    profile = Profile.fresh()
    try:
        ctx = build_context(
            RunOptions(seed=1, headless=True, watch=True, map_path=forest), profile, Settings()
        )
        play = PlayScene(ctx, Session.new(1), map_path=forest)
        stack = SceneStack()
        stack.push(play)
        old_sim = play.sim
        forest.write_text(forest.read_text()[:500])
        os.utime(forest, (os.path.getmtime(forest) + 5, os.path.getmtime(forest) + 5))
        for _ in range(WATCH_EVERY):
            stack.update(InputFrame())
        assert play.sim is old_sim
        # Said at once, in the terminal and on screen, not when the game quits.
        said = capsys.readouterr().err
        assert "forest.tmx changed; not reloaded" in said and "error M001: malformed XML" in said
        assert play.notice.error and any("M001" in line for line in play.notice.lines)
    finally:
        profile.discard()
