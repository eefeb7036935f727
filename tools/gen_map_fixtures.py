"""Write the small broken (and one good) fixture maps for the map tests: ``python -m tools.gen_map_fixtures``.

Each map is 10x8 tiles on a three-tile fixture tileset (floor, wall, bush) and differs from ``ok.tmx`` in one
way. The expected messages live in ``tests/test_levels_check.py``.
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

OK_OBJECTS = """  <object id="1" name="spawn_player" type="Spawn" x="24" y="24">
   <properties>
    <property name="who" value="player"/>
   </properties>
   <point/>
  </object>
  <object id="2" name="exit_east" type="Exit" x="128" y="48" width="16" height="32">
   <properties>
    <property name="to" value="forest"/>
   </properties>
  </object>"""


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


def tmx(objects: str, data: str | None = None, tileset: str = "tiny.tsx", props: str = "") -> str:
    """A fixture map."""
    head = (
        '<map version="1.8" tiledversion="1.8.2" orientation="orthogonal" renderorder="right-down"'
        f' width="{W}" height="{H}" tilewidth="16" tileheight="16" infinite="0" nextlayerid="3" nextobjectid="9">'
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
{head}
 <properties>
{props}  <property name="scene" value="fixture"/>
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
        (OUT / name).write_text(text)
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
    print(f"wrote {len(files)} maps to {OUT}")
    return 0


def _walled(data: str) -> str:
    """Shut the exit off behind a wall from x=6 down the whole room."""
    rows = [r.split(",") for r in data.split(",\n")]
    for y in range(1, H - 1):
        rows[y][6] = "2"
    return ",\n".join(",".join(r) for r in rows)


if __name__ == "__main__":
    raise SystemExit(main())
