"""Golden replays: recorded input frames must reproduce their recorded state hash, in process and in a fresh one.

A failure here means the simulation changed: the same inputs no longer give the same game. If that was NOT
meant, find the change that moved it. If it was meant (AI tuning, movement, a map or story a case plays),
refresh the hashes with ``python tests/golden/update.py`` (``--rerecord`` when the old inputs no longer make
sense on the changed map) and say in the commit message which change moved which hash and why.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.app import HeadlessOptions, run_headless
from game.bot import Bot
from game.input.replay import Replay
from game.scene import SceneStack
from tests.golden.update import CASES, HERE, Case, replay
from tests.helpers import ROOT, last_json, run_game

HOW = (
    "the simulation no longer reproduces golden replay {name!r}: expected {want}, got {got}. If this change is "
    "meant to alter the game, run `python tests/golden/update.py {name}` and say why in the commit message; "
    "if not, find what changed the simulation."
)


def expected(case: Case) -> dict[str, object]:
    data = json.loads((HERE / f"{case.name}.json").read_text())
    assert isinstance(data, dict)
    return data


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_golden_replay_reproduces_its_state_hash(case: Case) -> None:
    want = expected(case)
    result = replay(case)
    got = result.state_hash
    assert got == want["state_hash"], HOW.format(name=case.name, want=want["state_hash"], got=got)
    assert (result.outcome, result.ticks) == (want["outcome"], want["ticks"])


def test_a_golden_replay_gives_the_same_hash_from_the_command_line_in_a_fresh_process(tmp_path: Path) -> None:
    case = CASES[1]
    want = expected(case)
    replay_file = HERE / f"{case.name}.replay"
    done = run_game(
        ["headless", *case.args(), "--replay", str(replay_file), "--json"], tmp_path, PYTHONHASHSEED="4242"
    )
    assert done.returncode == 0, done.stderr
    got = last_json(done.stdout)["state_hash"]
    assert got == want["state_hash"], HOW.format(name=case.name, want=want["state_hash"], got=got)


def test_the_bot_changes_the_game_only_through_its_input_frames(tmp_path: Path) -> None:
    """The bot's own run and a replay of the frames it produced end in the same state."""
    case = CASES[0]
    record = tmp_path / "bot.replay"

    def source(_ctx: object, stack: SceneStack) -> Bot:
        return Bot(stack, case.seed)

    played = run_headless(case.options(), HeadlessOptions(ticks=case.ticks, source=source, record=record))
    again = run_headless(case.options(), HeadlessOptions(ticks=case.ticks, replay=Replay.load(record)))
    assert played.state_hash == again.state_hash
    assert played.ticks == again.ticks


def test_golden_inputs_name_their_map_relative_to_the_repository() -> None:
    for case in CASES:
        header = json.loads((HERE / f"{case.name}.replay").read_text().splitlines()[0])
        start = header["start"]
        assert start == {"scene": case.scene, "map": case.map}
        if case.map:
            assert (ROOT / case.map).is_file()


def test_a_bot_run_is_the_same_in_any_process(tmp_path: Path) -> None:
    """The bot draws only from its own seeded generator and iterates nothing in hash order."""
    args = ["headless", "--bot", "--scene", "mall", "--seed", "9", "--json"]
    one = run_game(args, tmp_path, PYTHONHASHSEED="1")
    two = run_game(args, tmp_path, PYTHONHASHSEED="31337")
    assert one.returncode == 0 and two.returncode == 0, one.stderr + two.stderr
    first, second = last_json(one.stdout), last_json(two.stdout)
    assert first["outcome"] == "exit"
    assert first["state_hash"] == second["state_hash"] and first["ticks"] == second["ticks"]
