"""The shipped maps: they load, pass check, are the places DESIGN.md describes, and are documented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from game.content.check_maps import check_paths
from game.content.tiled import load_level, read_map
from game.world.level import Level, TileFlag

ROOT = Path(__file__).resolve().parent.parent
LEVELS = ROOT / "levels"
SIZES = {"forest": (80, 60), "mall": (85, 50), "fantasy": (50, 40), "confrontation": (60, 45)}


@pytest.fixture(scope="module")
def levels() -> dict[str, Level]:
    return {scene: load_level(LEVELS / f"{scene}.tmx") for scene in SIZES}


def test_check_passes_on_the_shipped_levels() -> None:
    assert [str(d) for d in check_paths([LEVELS])] == []


@pytest.mark.parametrize("scene", list(SIZES))
def test_each_map_is_its_scene_at_its_size(scene: str, levels: dict[str, Level]) -> None:
    level = levels[scene]
    assert level.scene == scene
    assert (level.width, level.height) == SIZES[scene]
    assert level.properties["story"] == f"{scene}.yaml"
    assert level.spawn("player") is not None and level.spawn("partner") is not None
    assert level.has_cube == (scene != "fantasy")
    if level.has_cube:
        assert level.objects_of("Patrol") and level.spawn("cube") is not None
    for obj in level.objects:
        if obj.cls in ("Exit", "Item", "Trigger", "Checkpoint", "HideSpot"):
            assert obj.name, f"{scene}: unnamed {obj.cls} {obj.id}"


@pytest.mark.parametrize("scene", list(SIZES))
def test_story_placeholders_hold_every_trigger_node(scene: str, levels: dict[str, Level]) -> None:
    story = yaml.safe_load((LEVELS / f"{scene}.yaml").read_text())
    assert story["scene"] == scene and story["start"] in story["nodes"]
    nodes = {str(t.properties["node"]) for t in levels[scene].objects_of("Trigger")}
    assert nodes <= set(story["nodes"])


def test_the_exits_chain_the_scenes_in_order(levels: dict[str, Level]) -> None:
    chain = {
        scene: [str(e.properties["to"]) for e in level.objects_of("Exit")] for scene, level in levels.items()
    }
    assert chain == {
        "forest": ["mall"],
        "mall": ["fantasy"],
        "fantasy": ["confrontation"],
        "confrontation": [],
    }


def test_the_mall_has_its_dream_door_and_dream_floor(levels: dict[str, Level]) -> None:
    mall = levels["mall"]
    grid = mall.grid
    only_dream = [i for i in range(mall.width * mall.height)
                  if grid.reality[i] & TileFlag.SOLID and not grid.dream[i] & TileFlag.SOLID]  # fmt: skip
    door = mall.object_named("door_really_there")
    assert door is not None and door.view.value == "reality"
    tx, ty = mall.tile_at(door.x + 1, door.y + 1)
    assert ty * mall.width + tx in only_dream, "the door is a wall in reality and open in the dream"
    assert len(only_dream) >= 2 + 9, "the door and the hole in the corridor are passable only in the dream"
    parsed, _ = read_map(LEVELS / "mall.tmx")
    assert {la.view.value for la in parsed.layers} == {"both", "reality", "dream"}
    camcorder = [o for o in mall.objects_of("Item") if o.properties["item"] == "camcorder"]
    assert len(camcorder) == 1


def test_fantasy_has_a_dream_and_a_reality_under_it() -> None:
    parsed, level = read_map(LEVELS / "fantasy.tmx")
    views = {la.view.value for la in parsed.layers if la.kind.value == "tiles"}
    assert {"dream", "reality"} <= views
    assert level.grid.reality == level.grid.dream, "solid things stand in the same places in both views"


@pytest.mark.parametrize("scene", list(SIZES))
def test_tilesets_are_external_with_properties_and_animations(scene: str) -> None:
    parsed, _ = read_map(LEVELS / f"{scene}.tmx")
    assert [Path(p).name for _, p in parsed.tilesets] == [f"{scene}.tsx"]
    tsx = (ROOT / "assets" / "tilesets" / f"{scene}.tsx").read_text()
    assert "<animation>" in tsx and 'name="solid"' in tsx and "<wangset" in tsx
    assert (ROOT / "assets" / "tilesets" / f"{scene}.png").is_file()


def test_readme_lists_every_named_object_and_trigger_node(levels: dict[str, Level]) -> None:
    readme = (LEVELS / "README.md").read_text()
    for scene, level in levels.items():
        section = readme.split(f"### {scene} ")[1].split("\n### ")[0]
        for obj in level.objects:
            if obj.name:
                assert f"`{obj.name}`" in section, f"{scene}: {obj.name} missing from levels/README.md"
            if obj.cls == "Trigger":
                assert f"[{obj.properties['node']}]" in section
    codes = set(re.findall(r"\| (M\d{3}) \|", readme))
    source = (ROOT / "game" / "content").glob("*.py")
    used = set().union(*(set(re.findall(r'"(M\d{3})"', p.read_text())) for p in source))
    assert used <= codes, f"undocumented codes: {sorted(used - codes)}"
