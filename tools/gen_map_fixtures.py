"""Write the small broken (and one good) fixture maps for the map tests: ``python -m tools.gen_map_fixtures``.

Each map is 10x8 tiles on a three-tile fixture tileset (floor, wall, bush) and differs from ``ok.tmx`` in one
way; each has its own scene id (maps sharing one in a folder are an error, M026). The expected messages live
in ``tests/test_levels_check.py``.

``gate/`` holds the designer's mistakes of issue 13, each differing in one way from ``gate/good.tmx`` (a map
with a Cube, a Patrol and a story) or its story ``gate/good.yaml``; ``tests/test_gate.py`` expects exactly one
diagnostic from each (``GATE_CASES``), from ``check`` and from the game alike.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "maps"
W, H = 10, 8

TSX = """<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="tiny" tilewidth="16" tileheight="16" tilecount="3" columns="3">
 <image source="tiny.png" width="48" height="16"/>
 <tile id="1">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="cover" type="bool" value="true"/>
  </properties>
 </tile>
</tileset>
"""


def spawn(oid: int, who: str, x: int, y: int) -> str:
    """A Spawn point for ``who``."""
    return f"""  <object id="{oid}" name="spawn_{who}" type="Spawn" x="{x}" y="{y}">
   <properties>
    <property name="who" value="{who}"/>
   </properties>
   <point/>
  </object>"""


def exit_east(oid: int, requires: str = "") -> str:
    """The Exit in the east wall, to the forest."""
    condition = f'\n    <property name="requires" value="{requires}"/>' if requires else ""
    return f"""  <object id="{oid}" name="exit_east" type="Exit" x="128" y="48" width="16" height="32">
   <properties>{condition}
    <property name="to" value="forest"/>
   </properties>
  </object>"""


OK_OBJECTS = spawn(1, "player", 24, 24) + "\n" + exit_east(2)


def grid(walls: set[tuple[int, int]] = frozenset(), bushes: set[tuple[int, int]] = frozenset()) -> str:  # type: ignore[assignment]
    """CSV tile data: a walled room, with extra walls and bushes."""
    rows = []
    for y in range(H):
        row = []
        for x in range(W):
            edge = x in (0, W - 1) or y in (0, H - 1)
            row.append(2 if (edge or (x, y) in walls) else (3 if (x, y) in bushes else 1))
        rows.append(",".join(map(str, row)))
    return ",\n".join(rows)


def tmx(
    objects: str,
    data: str | None = None,
    tileset: str = "tiny.tsx",
    props: str = "",
    scene: str = "fixture",
    tile: int = 16,
) -> str:
    """A fixture map."""
    head = (
        '<map version="1.8" tiledversion="1.8.2" orientation="orthogonal" renderorder="right-down"'
        f' width="{W}" height="{H}" tilewidth="{tile}" tileheight="{tile}" infinite="0" nextlayerid="3"'
        ' nextobjectid="9">'
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
{head}
 <properties>
{props}  <property name="scene" value="{scene}"/>
 </properties>
 <tileset firstgid="1" source="{tileset}"/>
 <layer id="1" name="ground" width="{W}" height="{H}">
  <data encoding="csv">
{data if data is not None else grid()}
</data>
 </layer>
 <objectgroup id="2" name="objects">
{objects}
 </objectgroup>
</map>
"""


def main() -> int:
    """Write the fixtures."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    import pygame

    OUT.mkdir(parents=True, exist_ok=True)
    sheet = pygame.Surface((48, 16))
    sheet.fill((139, 155, 180), (0, 0, 16, 16))
    sheet.fill((38, 43, 68), (16, 0, 16, 16))
    sheet.fill((62, 137, 72), (32, 0, 16, 16))
    pygame.image.save(sheet, str(OUT / "tiny.png"))
    (OUT / "tiny.tsx").write_text(TSX)
    door = set()
    # The east wall is open at the exit (rows 3-4) so the good map's exit is reachable.
    open_east = grid().split(",\n")
    for y in (3, 4):
        cells = open_east[y].split(",")
        cells[W - 1] = "1"
        open_east[y] = ",".join(cells)
    ok_data = ",\n".join(open_east)
    files = {
        "ok.tmx": tmx(OK_OBJECTS, ok_data),
        "bad_xml.tmx": tmx(OK_OBJECTS, ok_data)[:700],
        "missing_tileset.tmx": tmx(OK_OBJECTS, ok_data, tileset="gone.tsx"),
        "unknown_class.tmx": tmx(OK_OBJECTS.replace('type="Exit"', 'type="Exitt"'), ok_data),
        "misspelled_property.tmx": tmx(
            OK_OBJECTS
            + """
  <object id="3" name="trig_hello" type="Trigger" x="48" y="48" width="32" height="32">
   <properties>
    <property name="nod" value="hello"/>
   </properties>
  </object>""",
            ok_data,
        ),
        "exit_missing_scene.tmx": tmx(OK_OBJECTS.replace('value="forest"', 'value="rooftop"'), ok_data),
        "unreachable_exit.tmx": tmx(OK_OBJECTS, _walled(ok_data)),
        "object_outside.tmx": tmx(
            OK_OBJECTS
            + """
  <object id="3" name="cp_far" type="Checkpoint" x="170" y="40" width="32" height="32"/>""",
            ok_data,
        ),
        "template_overrides.tmx": tmx(
            OK_OBJECTS
            + """
  <object id="3" template="templates/heap.tx" name="hide_heap" x="48" y="80"/>
  <object id="4" template="templates/heap.tx" name="hide_counter" x="96" y="80" width="32" height="16">
   <properties>
    <property name="capacity" type="int" value="1"/>
   </properties>
  </object>
  <object id="5" template="templates/heap.tx" name="hide_bad" x="96" y="32">
   <properties>
    <property name="capacity" value="lots"/>
   </properties>
  </object>
  <object id="6" template="templates/gone.tx" name="hide_missing" x="48" y="32"/>""",
            ok_data,
        ),
    }
    del door
    for name, text in files.items():
        own = 'name="scene" value="fixture"', f'name="scene" value="fixture_{name[:-4]}"'
        # Each its own scene (one folder, one map per scene); the good map is "fixture".
        (OUT / name).write_text(text if name == "ok.tmx" else text.replace(*own))
    gate = gate_files(ok_data)
    for name, text in gate.items():
        (OUT / "gate" / name).parent.mkdir(parents=True, exist_ok=True)
        (OUT / "gate" / name).write_text(text)
    (OUT / "templates").mkdir(exist_ok=True)
    (OUT / "templates" / "heap.tx").write_text(
        """<?xml version="1.0" encoding="UTF-8"?>
<template>
 <object name="hide_heap" type="HideSpot" width="48" height="16">
  <properties>
   <property name="capacity" type="int" value="2"/>
  </properties>
 </object>
</template>
"""
    )
    print(f"wrote {len(files)} maps to {OUT} and {len(gate)} files to {OUT / 'gate'}")
    return 0


PATROL = """  <object id="4" name="patrol_yard" type="Patrol" x="40" y="100">
   <polyline points="0,0 80,0"/>
  </object>"""
TRIGGER = """  <object id="5" name="trig_corner" type="Trigger" x="112" y="16" width="16" height="16">
   <properties>
    <property name="node" value="corner"/>
   </properties>
  </object>"""
PAIR = spawn(1, "player", 24, 24) + "\n" + spawn(2, "partner", 40, 24)
GATE_OBJECTS = "\n".join((PAIR, exit_east(3, requires="went_first != &quot;&quot;"), PATROL, TRIGGER))

GATE_STORY = """scene: {scene}
cast:
  dal: {{name: Dal}}
vars:
  went_first: {{type: str, default: "Dal"}}
nodes:
  start:
    - say: dal
      id: {scene}.start.quiet
      text: "The yard. Quiet."
    - objective: "Reach the far corner ({{went_first}} first)"
      target: trig_corner
      id: {scene}.start.obj
    - end: true
  corner:
    trigger: true
    steps:
      - say: dal
        id: {scene}.corner.here
        text: "Here."
      - end: true
"""


def gate_files(ok_data: str) -> dict[str, str]:
    """``gate/``: a good map with a Cube, a Patrol and a story, and one mistake per file (see the module doc)."""
    # A bush in the middle of the room: no floor is further than 8 tiles from cover (M031).
    rows = [r.split(",") for r in ok_data.split(",\n")]
    rows[3][4] = "3"
    data = ",\n".join(",".join(r) for r in rows)
    cube = '  <property name="cube" type="bool" value="true"/>\n'

    def story_prop(name: str) -> str:
        return f'  <property name="story" type="file" value="{name}"/>\n'

    def map_(stem: str, objects: str = GATE_OBJECTS, story: str | None = None, **kw: object) -> str:
        story = f"{stem}.yaml" if story is None else story
        props = cube + (story_prop(story) if story else "")
        kw.setdefault("tileset", "../tiny.tsx")
        return tmx(objects, data, props=props, scene=f"gate_{stem}", **kw)  # type: ignore[arg-type]

    def story(stem: str, text: str | None = None) -> str:
        return text if text is not None else GATE_STORY.format(scene=f"gate_{stem}")

    out: dict[str, str] = {}

    def case(stem: str, objects: str = GATE_OBJECTS, story_text: str | None = None, **kw: object) -> None:
        out[f"{stem}.tmx"] = map_(stem, objects, **kw)
        if kw.get("story") is None:
            out[f"{stem}.yaml"] = story(stem, story_text)

    case("good")
    # A Patrol drawn as a rectangle, and one as a polyline of one point: both crashed the game (IndexError).
    case(
        "patrol_rect",
        GATE_OBJECTS.replace('<polyline points="0,0 80,0"/>\n  ', "").replace(
            'name="patrol_yard" type="Patrol" x="40" y="100"',
            'name="patrol_yard" type="Patrol" x="40" y="96" width="64" height="16"',
        ),
    )
    case("patrol_one_point", GATE_OBJECTS.replace('points="0,0 80,0"', 'points="0,0"'))
    # An Exit's requires with an unknown variable, and one with a syntax error (ExprError at the exit).
    case("requires_unknown", GATE_OBJECTS.replace("went_first != &quot;&quot;", "wnet_first != &quot;&quot;"))
    case("requires_syntax", GATE_OBJECTS.replace("went_first != &quot;&quot;", "went_first != (&quot;&quot;"))
    # A Trigger a million pixels wide: check must stay quick (its walk is clipped to the map).
    case(
        "huge_trigger",
        GATE_OBJECTS.replace(
            'x="112" y="16" width="16" height="16"', 'x="112" y="16" width="1000000" height="16"'
        ),
    )
    # 32 px map tiles over a 16 px tileset: a checkerboard in the game.
    case("tile_size", tile=32)
    # An enum typo: M013 only, not also "no Spawn for the player" (M020) or "a second Spawn" (M021).
    case("enum_typo", GATE_OBJECTS.replace('value="player"', 'value="playr"'))
    # A map whose class= was dropped by an old Tiled: one M024, not three M020.
    classless = GATE_OBJECTS
    for cls in ("Spawn", "Exit", "Patrol", "Trigger"):
        classless = classless.replace(f' type="{cls}"', "")
    case("classes_dropped", classless)
    # One object whose class was lost (a hint, M025, and the map is otherwise fine).
    case("class_lost", GATE_OBJECTS.replace('name="trig_corner" type="Trigger"', 'name="trig_corner"'))
    # An Exit to a scene mistyped: M014 with a did-you-mean.
    case("scene_typo", GATE_OBJECTS.replace('value="forest"', 'value="forst"'))
    # The story's `scene:` mistyped: one diagnostic at the key, not one per line id.
    case(
        "story_scene",
        story_text=GATE_STORY.format(scene="gate_story_scene").replace(
            "scene: gate_story_scene", "scene: gate_story_sceen", 1
        ),
    )
    # YAML indentation gone wrong: S001 with a plain hint.
    case(
        "story_indent",
        story_text=GATE_STORY.format(scene="gate_story_indent").replace(
            "      target: trig_corner", "     target: trig_corner"
        ),
    )
    # Values the YAML reader chokes on, through the map's cross-check: S001, never a traceback.
    case(
        "story_date",
        story_text=GATE_STORY.format(scene="gate_story_date").replace('"The yard. Quiet."', "2024-13-45"),
    )
    case(
        "story_bigint",
        story_text=GATE_STORY.format(scene="gate_story_bigint").replace(
            "nodes:", "start: " + "9" * 5000 + "\nnodes:"
        ),
    )
    case(
        "story_deep",
        story_text=GATE_STORY.format(scene="gate_story_deep").replace(
            "nodes:", "deep: " + "[" * 60 + "]" * 60 + "\nnodes:"
        ),
    )
    # A story and a tileset named with the wrong case: not found, with the name that is there.
    case("case_story", story="Case_Story.yaml")
    out["case_story.yaml"] = story("case_story")
    case("case_tileset", tileset="../Tiny.tsx")
    # A good map with nothing to do: no story, no Exit (the bot ends its run with a reason).
    case("quiet", PAIR + "\n" + PATROL, story="")
    # Two maps in one folder with the same scene.
    for stem in ("ridge_a", "ridge_b"):
        out[f"dup/{stem}.tmx"] = tmx(OK_OBJECTS, ok_data, tileset="../../tiny.tsx", scene="ridge")
    # Files check cannot read: a Tiled JSON map.
    out["json/level.json"] = '{"type": "map", "version": "1.10", "width": 10, "height": 8}\n'
    return out


def _walled(data: str) -> str:
    """Shut the exit off behind a wall from x=6 down the whole room."""
    rows = [r.split(",") for r in data.split(",\n")]
    for y in range(1, H - 1):
        rows[y][6] = "2"
    return ",\n".join(",".join(r) for r in rows)


if __name__ == "__main__":
    raise SystemExit(main())
