"""``refuge check`` for maps: schema, references, placement, reachability and escapability (codes in levels/README.md).

Every problem is one :class:`Diagnostic` (``PATH:LINE:COL: error CODE: message``); nothing here raises for bad
content.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import replace
from pathlib import Path

from game.ai.hierarchy import BakeError, Hierarchy
from game.ai.nav import level_grids
from game.assets import LEVELS_ROOT
from game.content.catalog import known_scenes as scenes_with_maps
from game.content.diagnostics import ContentError, Diagnostic, Severity
from game.content.navbake import bake_path
from game.content.reach import STEPS4, distance_field, object_tiles, reach
from game.content.schema import CLASSES, RANGES, SCENES
from game.content.story_yaml import read_story_file
from game.content.tiled import ParsedMap, read_map
from game.world.level import Level, MapObject, Shape, TileFlag

ESCAPE_LIMIT = 8
"""In a map with a Cube, no walkable tile is further than this (tiles of walking) from cover, a roof or a hide spot."""
CAMCORDER_FROM_START = frozenset({"fantasy", "confrontation"})
"""Scenes after the mall: the pair already carries the camcorder, so both views count from the first step."""
REACH_CLASSES = ("Exit", "Item", "Trigger", "Checkpoint")
LEVELS_DIR = LEVELS_ROOT


def check_paths(paths: list[Path], levels_dir: Path = LEVELS_DIR) -> list[Diagnostic]:
    """Check every map named (directories expand to their ``.tmx`` files); other files are left to others."""
    out: list[Diagnostic] = []
    for path in paths:
        if path.is_dir():
            maps = sorted(path.glob("*.tmx"))
        elif path.exists():
            maps = [path] if path.suffix.lower() == ".tmx" else []
        else:
            out.append(Diagnostic(str(path), 0, 0, "M002", "no such file or directory"))
            continue
        for tmx in maps:
            out.extend(check_map(tmx, known_scenes(tmx, levels_dir)))
    return out


def known_scenes(path: Path, levels_dir: Path = LEVELS_DIR) -> set[str]:
    """The game's own scenes and the ``scene`` of every map in ``levels/`` and beside ``path``."""
    return set(SCENES) | set(scenes_with_maps(levels_dir, near=path))


def check_map(path: Path, known_scenes: set[str]) -> list[Diagnostic]:
    """Every problem of one map (its story read only for the nodes its Triggers name), sorted by position."""
    try:
        parsed, level = read_map(path)
    except ContentError as exc:
        return exc.diagnostics
    return map_problems(parsed, level, path, known_scenes, story_nodes(level, path))


def story_nodes(level: Level, path: Path) -> set[str] | None:
    """The node names of the map's story, read with the story reader (None: no story, or one that does not read)."""
    name = str(level.properties.get("story", "") or "")
    file = path.parent / name
    if not name or not file.is_file():
        return None
    story, _problems = read_story_file(file)
    return None if story is None else set(story.nodes)


def map_problems(
    parsed: ParsedMap, level: Level, path: Path, known_scenes: set[str], nodes: set[str] | None
) -> list[Diagnostic]:
    """Every problem of a map already read (``nodes``: its story's node names, None when unknown), sorted."""
    out = list(parsed.diagnostics)
    shown = parsed.shown
    out += _required(level, shown)
    out += _per_object(level, known_scenes)
    out += _story(level, path, shown, nodes)
    # Walking needs the spawns (M016, M020, M024) and tiles of the map's size (M007): else it only cascades.
    if not any(d.severity is Severity.ERROR and d.code in ("M007", "M016", "M020", "M024") for d in out):
        out += _walking(level, shown)
    out += _bake_problems(level, shown)
    return sorted(set(out), key=lambda d: (d.path, d.line, d.col, d.code, d.message))


def _at(level: Level, shown: str) -> tuple[str, int, int]:
    return (shown, level.source.line, level.source.col)


def _obj_at(obj: MapObject) -> tuple[str, int, int]:
    src = obj.source
    return (src.path, src.line, src.col) if src is not None else ("", 0, 0)


def prefix(obj: MapObject) -> str:
    """``object 3 "exit_roof" (Exit): `` — how every message about an object starts."""
    return f'object {obj.id} "{obj.name}" ({obj.cls or "no class"}): '


ROLES = ("player", "partner", "cube")


def _required(level: Level, shown: str) -> list[Diagnostic]:
    """The objects every map needs, said once at the root cause: a Spawn whose role did not read (its own
    M013/M016 says why) or classes dropped by an old Tiled (M024) is not also "no Spawn" (M020)."""
    out, dropped = _classless(level, shown)
    spawns = Counter(str(o.properties.get("who")) for o in level.objects_of("Spawn"))
    unread_role = any(who not in ROLES for who in spawns)
    needed = ["player"]
    if level.has_cube:
        needed.append("partner")
    for who in needed if not (dropped or unread_role) else ():
        if not spawns[who]:
            out.append(Diagnostic(*_at(level, shown), "M020", f"map: no Spawn with who '{who}'"))
    if (
        level.has_cube
        and not (dropped or unread_role)
        and not spawns["cube"]
        and not level.objects_of("Patrol")
    ):
        out.append(
            Diagnostic(
                *_at(level, shown),
                "M020",
                "map: the map has a Cube (cube: true) but no Spawn 'cube' or Patrol",
            )
        )
    for who, count in spawns.items():
        if count > 1 and who in ROLES:
            for obj in [o for o in level.objects_of("Spawn") if o.properties.get("who") == who][1:]:
                out.append(Diagnostic(*_obj_at(obj), "M021", f"{prefix(obj)}a second Spawn for '{who}'"))
    names = Counter(o.name for o in level.objects if o.name)
    for name, count in names.items():
        if count > 1:
            for obj in [o for o in level.objects if o.name == name][1:]:
                out.append(
                    Diagnostic(*_obj_at(obj), "M021", f"{prefix(obj)}the name '{name}' is already used")
                )
    return out


def _class_for(obj: MapObject) -> str | None:
    """The class whose own properties a class-less object carries (``who`` -> Spawn), if any."""
    keys = set(obj.properties) - {"view"}
    best, score = None, 0
    for name, spec in CLASSES.items():
        own = {p.name for p in spec.props} - {"view"}
        hit = len(keys & own) * 2 + sum(1 for p in spec.props if p.required and p.name in keys)
        if hit > score and keys <= own | {"requires"}:
            best, score = name, hit
    return best


def _classless(level: Level, shown: str) -> tuple[list[Diagnostic], bool]:
    """Objects with Refuge properties but no class: one M024 when no object kept its class (a map re-saved by
    Tiled 1.8 or older drops ``class=``), else an M025 hint on each. Returns (diagnostics, classes dropped)."""
    bare = [(o, cls) for o in level.objects if not o.cls and (cls := _class_for(o)) is not None]
    if not bare:
        return [], False
    if not any(o.cls in CLASSES for o in level.objects):
        kinds = ", ".join(sorted({cls for _o, cls in bare}))
        message = (
            f"map: no object has a class, but {len(bare)} carry Refuge properties (as {kinds} would): the classes"
            " were dropped, as Tiled 1.8 and older do when they save a map whose objects use `class=`; open it"
            " in Tiled 1.9 or newer (or set each object's Type/Class again)"
        )
        return [Diagnostic(*_at(level, shown), "M024", message)], True
    out = [
        Diagnostic(
            *_obj_at(o),
            "M025",
            f"{prefix(o)}carries Refuge properties ({', '.join(sorted(o.properties))}) but has no class:"
            f" set its Class to {cls}",
            Severity.WARNING,
        )
        for o, cls in bare
    ]
    return out, False


def _per_object(level: Level, scenes: set[str]) -> list[Diagnostic]:
    out = []
    pw, ph = level.pixel_width, level.pixel_height
    for obj in level.objects:
        spec = CLASSES.get(obj.cls)
        if spec is None:
            continue
        at, pre = _obj_at(obj), prefix(obj)
        if spec.needs_name and not obj.name:
            out.append(
                Diagnostic(
                    *at, "M023", f"{pre}has no name (the story refers to it by name)", Severity.WARNING
                )
            )
        if obj.shape not in spec.shapes:
            allowed = ", ".join(sorted(s.value for s in spec.shapes))
            out.append(
                Diagnostic(*at, "M017", f"{pre}a {obj.shape.value} cannot be a {obj.cls} (use: {allowed})")
            )
        elif obj.cls == "Patrol" and len(obj.points) < 2:
            out.append(
                Diagnostic(
                    *at,
                    "M017",
                    f"{pre}a Patrol route needs at least two points, this {obj.shape.value} has"
                    f" {len(obj.points)} (draw it with the polyline tool: click each point, then double-click)",
                )
            )
        x1 = obj.x + obj.width
        y1 = obj.y + obj.height
        if (
            obj.x < 0
            or obj.y < 0
            or x1 > pw
            or y1 > ph
            or (obj.shape is Shape.POINT and (obj.x >= pw or obj.y >= ph))
        ):
            out.append(
                Diagnostic(
                    *at,
                    "M022",
                    f"{pre}lies outside the map (at {obj.x:g},{obj.y:g} size {obj.width:g}x{obj.height:g};"
                    f" the map is {pw}x{ph} pixels)",
                )
            )
        if obj.cls == "Exit":
            to = str(obj.properties.get("to", ""))
            if to and to not in scenes:
                known = ", ".join(sorted(scenes, key=_scene_order))
                out.append(
                    Diagnostic(
                        *at,
                        "M014",
                        f"{pre}property 'to' names scene '{to}', which does not exist{_close(to, sorted(scenes))}"
                        f" (known: {known})",
                    )
                )
        for (cls, name), (lo, hi) in RANGES.items():
            value = obj.properties.get(name)
            if cls == obj.cls and isinstance(value, int | float) and not lo <= value <= hi:
                message = f"{pre}property '{name}' is {value:g}, outside {lo:g}..{hi:g}"
                out.append(Diagnostic(*at, "M019", message))
        color = obj.properties.get("color")
        if obj.cls == "Light" and isinstance(color, str) and not _is_color(color):
            out.append(
                Diagnostic(
                    *at, "M012", f"{pre}property 'color' must be a colour like #ffaa8844, got '{color}'"
                )
            )
    darkness = level.properties.get("darkness")
    if isinstance(darkness, int | float) and not 0 <= darkness <= 1:
        out.append(
            Diagnostic(
                level.source.path,
                level.source.line,
                level.source.col,
                "M019",
                f"map: property 'darkness' is {darkness:g}, outside 0..1",
            )
        )
    return out


def _bake_problems(level: Level, shown: str) -> list[Diagnostic]:
    """Warnings about the map's bake: a hierarchy that does not hold together for its grid (M034), or one
    that no grid of the map uses any more because the map was edited after it was baked (M035)."""
    if not level.nav_bakes:
        return []
    where, again = str(bake_path(Path(shown))), f"python -m tools.bake_nav {shown}"
    out: list[Diagnostic] = []
    used: set[bytes] = set()
    for name, grid in level_grids(replace(level, nav_bakes={})).items():
        data = level.nav_bakes.get(grid.digest)
        if data is None or grid.digest in used:
            continue  # no bake for this grid, or the dream's grid is reality's
        used.add(grid.digest)
        try:
            grid.use_hierarchy(Hierarchy.from_bytes(data))
        except BakeError as exc:
            message = f"baked paths: the {name} grid's hierarchy: {exc}; the map plays without it; bake again ({again})"
            out.append(Diagnostic(where, 0, 0, "M034", message, Severity.WARNING))
    stale = len(level.nav_bakes) - len(used)
    if stale:
        message = (
            f"baked paths: {stale} of {len(level.nav_bakes)} hierarchies were baked for an earlier version of this"
            f" map; its grids use jump point search until it is baked again ({again})"
        )
        out.append(Diagnostic(where, 0, 0, "M035", message, Severity.WARNING))
    return out


def _scene_order(scene: str) -> tuple[int, str]:
    return (SCENES.index(scene) if scene in SCENES else len(SCENES), scene)


def _is_color(text: str) -> bool:
    digits = text[1:] if text.startswith("#") else ""
    return len(digits) in (6, 8) and all(c in "0123456789abcdefABCDEF" for c in digits)


def _story(level: Level, path: Path, shown: str, nodes: set[str] | None) -> list[Diagnostic]:
    """The story file must exist; a Trigger's node must be one of its nodes (when the file reads cleanly)."""
    story = str(level.properties.get("story", "") or "")
    if not story:
        return []
    file = path.parent / story
    if not file.is_file():
        if file.exists():
            which = "is not an ordinary file (a FIFO, a device or a folder)"
        else:
            which = f"does not exist{case_hint(path.parent, story)}"
        return [
            Diagnostic(*_at(level, shown), "M015", f"map: property 'story' names '{story}', which {which}")
        ]
    if nodes is None:
        return []  # the story checker reports a broken story file; here only the references matter
    out = []
    for obj in level.objects_of("Trigger"):
        node = str(obj.properties.get("node", ""))
        if node and node not in nodes:
            hint = _close(node, sorted(nodes))
            out.append(
                Diagnostic(
                    *_obj_at(obj),
                    "M018",
                    f"{prefix(obj)}property 'node' names '{node}', which is not a node of {story}{hint}",
                )
            )
    return out


def case_hint(base: Path, ref: str) -> str:
    """`` (the file is written 'Forest.yaml': names must match in case)`` when ``ref`` differs only in case."""
    target = base / ref
    try:
        siblings = [p.name for p in target.parent.iterdir()]
    except OSError:
        return ""
    same = [n for n in siblings if n.lower() == target.name.lower() and n != target.name]
    if not same:
        return ""
    written = str(Path(ref).parent / same[0]) if Path(ref).parent != Path(".") else same[0]
    return f" (there is '{written}': names must match in case, or the map breaks on other systems)"


def _close(word: str, choices: list[str]) -> str:
    from game.content.props import did_you_mean

    return did_you_mean(word, choices)


def camcorder_views(level: Level, reached_reality: bytearray) -> tuple[bool, ...]:
    """The views the player can walk in: both after the mall, or once a camcorder Item is reachable."""
    if level.scene in CAMCORDER_FROM_START:
        return (False, True)
    w = level.width
    for obj in level.objects_of("Item"):
        if obj.properties.get("item") == "camcorder":
            tiles = object_tiles(obj, level.tile_size, level.width, level.height)
            if any(reached_reality[ty * w + tx] for tx, ty in tiles):
                return (False, True)
    return (False,)


def _walking(level: Level, shown: str) -> list[Diagnostic]:
    spawn = level.spawn("player")
    if spawn is None:
        return []
    ts, w, h = level.tile_size, level.width, level.height
    start = level.tile_at(spawn.x, spawn.y)
    out = []
    if not level.grid.walkable(
        *start, dream=level.scene in CAMCORDER_FROM_START and spawn.view.value == "dream"
    ):
        return [Diagnostic(*_obj_at(spawn), "M032", f"{prefix(spawn)}stands on a solid tile {start}")]
    for obj in level.objects_of("Spawn"):
        tx, ty = level.tile_at(obj.x, obj.y)
        if (
            obj.properties.get("who") != "cube"
            and 0 <= tx < w
            and 0 <= ty < h
            and not level.grid.walkable(tx, ty)
        ):
            out.append(Diagnostic(*_obj_at(obj), "M032", f"{prefix(obj)}stands on a solid tile ({tx}, {ty})"))
    views = camcorder_views(level, reach(level.grid, start, (False,))[False])
    seen = reach(level.grid, start, views)
    for obj in level.objects:
        if obj.cls not in REACH_CLASSES:
            continue
        tiles = object_tiles(obj, ts, w, h)
        if obj.cls == "Item":  # picked up from where one stands: its tile or any next to it
            tiles = [(tx + dx, ty + dy) for tx, ty in tiles for dx, dy in ((0, 0), *STEPS4)]
            tiles = [(tx, ty) for tx, ty in tiles if 0 <= tx < w and 0 <= ty < h]
        ok = any(seen[v][ty * w + tx] for v in views if obj.view.visible_in(v) for tx, ty in tiles)
        if tiles and not ok:
            how = "either view" if len(views) == 2 else "reality (no camcorder here)"
            out.append(
                Diagnostic(
                    *_obj_at(obj),
                    "M030",
                    f"{prefix(obj)}cannot be reached on foot from the player spawn through {how}",
                )
            )
    if level.has_cube:
        out += _escapability(level, shown, views, seen)
    return out


def _escapability(
    level: Level, shown: str, views: tuple[bool, ...], seen: dict[bool, bytearray]
) -> list[Diagnostic]:
    ts, w, h = level.tile_size, level.width, level.height
    out = []
    for dream in views:
        cells = level.grid.cells(dream)
        # A roof hides from the sky entirely, so roofed ground is as safe as cover.
        safe = TileFlag.COVER | TileFlag.ROOF
        sources = [(i % w, i // w) for i, c in enumerate(cells) if c & safe and not c & TileFlag.SOLID]
        for obj in level.objects_of("HideSpot"):
            if obj.view.visible_in(dream):
                sources += object_tiles(obj, ts, w, h)
        dist = distance_field(cells, w, h, sources)
        bad = [i for i in range(w * h) if seen[dream][i] and (dist[i] < 0 or dist[i] > ESCAPE_LIMIT)]
        for region in _regions(bad, w):
            worst = max(region, key=lambda i: math.inf if dist[i] < 0 else dist[i])
            far = "no cover at all" if dist[worst] < 0 else f"{dist[worst]} tiles"
            view = " in the dream view" if dream else ""
            out.append(
                Diagnostic(
                    shown, level.source.line, level.source.col, "M031",
                    f"map: {len(region)} walkable tiles{view} around ({worst % w}, {worst // w}) are further than"
                    f" {ESCAPE_LIMIT} tiles from cover, a roof or a hide spot (worst: {far})",
                )
            )  # fmt: skip
    return out


def _regions(indices: list[int], width: int) -> list[list[int]]:
    """Group tile indices into 8-connected regions, so one stretch of open ground is one message."""
    todo = set(indices)
    regions = []
    while todo:
        first = min(todo)
        todo.discard(first)
        stack, region = [first], [first]
        while stack:
            i = stack.pop()
            x, y = i % width, i // width
            for dx in (-1, 0, 1):
                for dy in (-1, 0, 1):
                    j = (y + dy) * width + (x + dx)
                    if 0 <= x + dx < width and j in todo:
                        todo.discard(j)
                        stack.append(j)
                        region.append(j)
        regions.append(sorted(region))
    return sorted(regions, key=lambda r: r[0])
