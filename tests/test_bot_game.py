"""The bot through the shipped game: from the title to an ending for a couple of seeds, each scene for more.

These are the proof that the game can be finished. They run the shipped levels, so they move with the content;
when one fails, the bot's reason (in the assertion message) says which scene, objective and target.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from game.app import HeadlessOptions, HeadlessResult, run_headless
from game.bot import Bot
from game.content.catalog import find_map
from game.context import LEVELS_DIR, RunOptions
from game.scene import SceneStack
from game.sim.session import GAME_SCENES
from tests.helpers import last_json, run_game


def can_end(scene: str) -> str | None:
    """Why a shipped scene cannot be finished by anyone (no Exit and no ``scene`` step), or None."""
    path = find_map(scene, LEVELS_DIR)
    if path is None:
        return f"levels/ has no map for {scene!r}"
    if "<object" in path.read_text() and re.search(r'type="Exit"|class="Exit"', path.read_text()):
        return None
    story = path.with_suffix(".yaml")
    if story.is_file() and re.search(r"^\s*-\s*scene:\s*\S", story.read_text(), re.MULTILINE):
        return None
    return f"the shipped {scene} has no Exit and its story no `scene` step: nobody can finish it"


def play(scene: str | None, seed: int) -> HeadlessResult:
    """A bot run in process (the CLI path is covered by the whole-game runs)."""
    options = RunOptions(seed=seed, headless=True, scene=scene, stop_on_exit=scene is not None)

    def source(_ctx: object, stack: SceneStack) -> Bot:
        return Bot(stack, seed)

    return run_headless(options, HeadlessOptions(source=source))


@pytest.mark.parametrize("seed", [1, 2])
def test_the_bot_finishes_the_whole_game_from_the_title(seed: int, tmp_path: Path) -> None:
    for scene in GAME_SCENES:
        why = can_end(scene)
        assert why is None, why
    done = run_game(["headless", "--bot", "--seed", str(seed), "--json"], tmp_path, timeout=600)
    summary = last_json(done.stdout)
    assert done.returncode == 0, done.stderr
    assert summary["outcome"] == "ending", summary
    assert summary["scenes"] == list(GAME_SCENES)
    assert isinstance(summary["ending"], str)


@pytest.mark.parametrize("seed", [3, 4, 5])
@pytest.mark.parametrize("scene", GAME_SCENES)
def test_the_bot_finishes_each_scene(scene: str, seed: int) -> None:
    why = can_end(scene)
    assert why is None, why
    result = play(scene, seed)
    assert result.outcome in ("exit", "ending"), f"{scene} seed {seed}: {result.outcome}: {result.error}"
    assert result.scenes == [scene]
