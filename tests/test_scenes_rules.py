"""The small level rules the scenes lean on: a story-sounded NoiseSource calls the Cube, `seen`, the dream scene
opens filming with a battery that holds, a story move lets go of hands."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.ai.cube import CubeState
from game.content.story_yaml import load_story
from game.content.tiled import load_level
from game.input.frame import IDLE
from game.sim.level_sim import LevelSim
from game.sim.session import Session
from game.world.camcorder import BATTERY_TICKS
from game.world.level import Level

LEVELS = Path(__file__).resolve().parent.parent / "levels"


@pytest.fixture(scope="module")
def forest() -> Level:
    return load_level(LEVELS / "forest.tmx")


def sim_with(level: Level, tmp_path: Path, steps: str) -> LevelSim:
    """A level with a one-node story: ``steps`` (YAML lines under ``start``)."""
    path = tmp_path / "story.yaml"
    path.write_text(f"scene: {level.scene}\nstart: start\nnodes:\n  start:\n{steps}    - end: true\n")
    return LevelSim(level, Session.new(1), 7, load_story(path))


@pytest.mark.parametrize(("at", "calls"), [("noise_ash", True), ("mark_ash_cover", False), (None, False)])
def test_a_sound_at_a_noise_source_calls_the_cube_to_it(
    forest: Level, tmp_path: Path, at: str | None, calls: bool
) -> None:
    where = f"      at: {at}\n" if at else ""
    sim = sim_with(forest, tmp_path, f"    - sound: knock\n{where}")
    sim.step(IDLE)
    cube = sim.ai.cube
    assert cube is not None
    assert (cube.state is CubeState.SUSPICIOUS) is calls
    if calls:
        source = forest.object_named("noise_ash")
        assert source is not None and cube.investigate == source.center
    assert sim.story_noises == []


def test_a_sounded_noise_waiting_for_the_world_survives_a_save(forest: Level, tmp_path: Path) -> None:
    sim = sim_with(forest, tmp_path, "")
    sim.story_noises.append("noise_ash")
    data = sim.to_save()
    other = sim_with(forest, tmp_path, "")
    other.load(data)
    assert other.story_noises == ["noise_ash"]


def test_seen_holds_only_while_the_light_is_on_one_of_them_in_the_open(forest: Level, tmp_path: Path) -> None:
    sim = sim_with(forest, tmp_path, "")
    x, y, _ = sim.ai.cube_position
    brush = forest.object_named("mark_first_brush")
    assert brush is not None
    spots = [
        (brush.center, False),  # in the brush under the light's edge: hidden
        ((x + 24.0, y), True),  # open ground beside it, well inside the light
        ((x + 200.0, y + 60.0), False),  # open ground far from the light
    ]
    for (px, py), seen in spots:
        for actor in (sim.world.player, sim.world.partner):
            actor.place(px, py)
        sim.step(IDLE)
        assert sim.host.value("seen") is seen, (px, py)


def test_the_dream_scene_opens_through_the_camcorder_and_its_battery_holds(tmp_path: Path) -> None:
    fantasy = load_level(LEVELS / "fantasy.tmx")
    sim = sim_with(fantasy, tmp_path, "")
    assert sim.world.dream and sim.camcorder.filming
    for _ in range(BATTERY_TICKS + 60):
        sim.step(IDLE)
    assert sim.world.dream and sim.camcorder.battery == BATTERY_TICKS
    mall = LevelSim(load_level(LEVELS / "mall.tmx"), Session.new(1), 7)
    assert not mall.world.dream and not mall.camcorder.filming


def test_a_story_move_lets_go_of_hands(forest: Level, tmp_path: Path) -> None:
    sim = sim_with(forest, tmp_path, "")
    sim.world.holding_hands = True
    sim.host.move("byeol", "mark_run_in_b", run=False)
    assert not sim.world.holding_hands
    data = sim.to_save()
    data["world"]["hands"] = True  # type: ignore[index]
    sim.load(data)
    assert sim.world.holding_hands, "a save holding hands mid-move loads holding hands"


def test_a_battery_picked_up_fills_the_camcorder(tmp_path: Path) -> None:
    mall = load_level(LEVELS / "mall.tmx")
    sim = sim_with(mall, tmp_path, "")
    sim.host.give("camcorder")
    assert sim.camcorder.battery == BATTERY_TICKS / 2, (
        'the camcorder is found at half ("Battery\'s at half.")'
    )
    sim.host.give("battery")
    assert sim.camcorder.battery == BATTERY_TICKS
    sim.camcorder.battery = 100.0
    sim.host.give("battery")
    assert sim.camcorder.battery == 100.0, "one battery fills it once"


def test_a_partner_the_story_walks_away_waits_there_until_the_player_comes(tmp_path: Path) -> None:
    waste = load_level(LEVELS / "confrontation.tmx")
    sim = sim_with(waste, tmp_path, "")
    partner, player = sim.world.partner, sim.world.player
    sim.host.place("byeol", "mark_byeol_start")
    spot = (partner.x, partner.y)
    for _ in range(600):
        sim.step(IDLE)
    assert (partner.x, partner.y) == spot, "she keeps to where the story put her, however far he is"
    assert sim.to_save()["partner_waits"] is True
    player.place(spot[0] - 40.0, spot[1])
    for _ in range(120):
        sim.step(IDLE)
    assert not sim.partner_waits and "partner_waits" not in sim.to_save(), "he came to her: she follows again"
    data = sim.to_save()
    data["partner_waits"] = True
    other = sim_with(waste, tmp_path, "")
    other.load(data)
    assert other.partner_waits, "a save taken while she waits loads with her waiting"


@pytest.mark.parametrize("cutscene", [False, True])
def test_the_light_cannot_catch_the_pair_while_a_cutscene_holds_the_input(
    forest: Level, tmp_path: Path, cutscene: bool
) -> None:
    path = tmp_path / "story.yaml"
    flag = "    cutscene: true\n" if cutscene else ""
    path.write_text(
        f"scene: forest\nstart: hold\nnodes:\n  hold:\n{flag}    steps:\n      - wait: 3000\n      - end: true\n"
    )
    sim = LevelSim(forest, Session.new(1), 7, load_story(path))
    for _ in range(1500):
        x, y, _ = sim.ai.cube_position
        for actor in (sim.world.player, sim.world.partner):
            actor.place(x, y)  # stand in the open under the light, tick after tick
        sim.step(IDLE)
        if sim.caught:
            break
    assert sim.caught is not cutscene
