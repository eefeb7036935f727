"""Map builder: readable ASCII plans + corner autotiling -> ordinary TMX (Tiled 1.8 format, CSV layers).

A plan is a list of equal-length strings, one character per tile. A legend maps characters to what goes there
(terrain, props, object anchors); the scene scripts in ``tools/maps/`` say it in their own words. The output is
plain TMX that Tiled opens and re-saves without changing its meaning.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from tools.tilekit import PropValue, TileSet, property_xml

TS = 16


@dataclass(slots=True)
class TileLayer:
    """A tile layer under construction: gids by cell, and its layer properties."""

    name: str
    props: dict[str, PropValue]
    cells: dict[tuple[int, int], int] = field(default_factory=dict)
    group: str = ""
    opacity: float = 1.0


@dataclass(slots=True)
class Obj:
    """One object: class, name, geometry in pixels, properties."""

    cls: str
    name: str
    x: float
    y: float
    w: float = 0.0
    h: float = 0.0
    point: bool = False
    ellipse: bool = False
    polyline: list[tuple[float, float]] | None = None
    polygon: list[tuple[float, float]] | None = None
    props: dict[str, PropValue] = field(default_factory=dict)


@dataclass(slots=True)
class ObjLayer:
    """An object layer under construction."""

    name: str
    props: dict[str, PropValue]
    objects: list[Obj] = field(default_factory=list)
    group: str = ""


class Plan:
    """An ASCII plan: ``plan[x, y]`` is the character at a cell (``' '`` outside)."""

    def __init__(self, rows: list[str]) -> None:
        width = max(len(r) for r in rows)
        bad = [i for i, r in enumerate(rows) if len(r) != width]
        if bad:
            raise ValueError(f"plan rows {bad} are not {width} characters wide")
        self.rows = rows
        self.width, self.height = width, len(rows)

    def __getitem__(self, xy: tuple[int, int]) -> str:
        x, y = xy
        if 0 <= x < self.width and 0 <= y < self.height:
            return self.rows[y][x]
        return " "

    def cells(self, chars: str) -> set[tuple[int, int]]:
        """Every cell holding one of ``chars``."""
        return {(x, y) for y, row in enumerate(self.rows) for x, ch in enumerate(row) if ch in chars}

    def find(self, ch: str) -> tuple[int, int]:
        """The one cell holding ``ch`` (an object anchor)."""
        found = sorted(self.cells(ch), key=lambda c: (c[1], c[0]))
        if not found:
            raise KeyError(f"anchor {ch!r} is not in the plan")
        return found[0]


class MapBuilder:
    """Collects layers and objects and writes TMX."""

    def __init__(self, width: int, height: int, tilesets: list[tuple[TileSet, str]]) -> None:
        self.width, self.height = width, height
        self.tilesets = tilesets
        self.firstgid: dict[str, int] = {}
        gid = 1
        for ts, _ in tilesets:
            self.firstgid[ts.name] = gid
            gid += len(ts.tiles)
        self.layers: list[TileLayer | ObjLayer] = []
        self.props: dict[str, PropValue] = {}
        self.groups: dict[str, dict[str, PropValue]] = {}

    def gid(self, name: str, flip_h: bool = False) -> int:
        """The map gid of a tile named ``tileset:tile`` or, when unambiguous, ``tile``."""
        set_name, _, tile = name.rpartition(":")
        for ts, _ in self.tilesets:
            if (not set_name or ts.name == set_name) and tile in ts.ids:
                gid = self.firstgid[ts.name] + ts.ids[tile]
                return gid | (0x80000000 if flip_h else 0)
        raise KeyError(f"no tile {name!r}")

    def tile_layer(self, name: str, group: str = "", **props: PropValue) -> TileLayer:
        """Add a tile layer (drawn in the order added)."""
        layer = TileLayer(name, dict(props), group=group)
        self.layers.append(layer)
        return layer

    def object_layer(self, name: str, group: str = "", **props: PropValue) -> ObjLayer:
        """Add an object layer."""
        layer = ObjLayer(name, dict(props), group=group)
        self.layers.append(layer)
        return layer

    def group(self, name: str, **props: PropValue) -> str:
        """Declare a layer group (its layers name it as ``group=``)."""
        self.groups[name] = dict(props)
        return name

    def put(self, layer: TileLayer, x: int, y: int, tile: str, flip_h: bool = False) -> None:
        """Place one tile (ignored outside the map)."""
        if 0 <= x < self.width and 0 <= y < self.height:
            layer.cells[(x, y)] = self.gid(tile, flip_h)

    def stamp(self, layer: TileLayer, x: int, y: int, grid: list[list[str]]) -> None:
        """Place a multi-tile prop with its top-left at (x, y)."""
        for dy, row in enumerate(grid):
            for dx, tile in enumerate(row):
                self.put(layer, x + dx, y + dy, tile)

    def corners(
        self,
        layer: TileLayer,
        prefix: str,
        cells: set[tuple[int, int]],
        full: Iterable[str] = (),
        exclude: Iterable[tuple[int, int]] = (),
    ) -> None:
        """Corner autotiling: a vertex is terrain when any cell touching it is; each cell takes its mask's tile.

        The terrain's cells come out full; the half-tile fringe spills onto their neighbours. ``full`` gives
        variants for the full tile (picked by a seeded hash of the cell). Vertices touching an ``exclude`` cell
        are never terrain, so those cells stay clear (a ford through a stream).
        """
        verts = set()
        for x, y in cells:
            verts.update(((x, y), (x + 1, y), (x, y + 1), (x + 1, y + 1)))
        for x, y in exclude:
            verts.difference_update(((x, y), (x + 1, y), (x, y + 1), (x + 1, y + 1)))
        variants = list(full)
        touched = {(vx - dx, vy - dy) for vx, vy in verts for dx in (0, 1) for dy in (0, 1)}
        for x, y in touched:
            mask = (
                ((x, y) in verts) * 1
                | ((x + 1, y) in verts) * 2
                | ((x, y + 1) in verts) * 4
                | ((x + 1, y + 1) in verts) * 8
            )
            if not mask:
                continue
            if mask == 15 and variants and (x * 7 + y * 13) % 3 != 0:
                self.put(layer, x, y, variants[(x * 31 + y * 17) % len(variants)])
            else:
                self.put(layer, x, y, f"{prefix}_{mask}")

    def scatter(
        self, layer: TileLayer, cells: Iterable[tuple[int, int]], tiles: list[str], rate: float, seed: int
    ) -> None:
        """Sprinkle decor tiles over some cells, repeatably."""
        rng = random.Random(seed)
        for cell in sorted(cells):
            if rng.random() < rate:
                self.put(layer, cell[0], cell[1], rng.choice(tiles))

    def write(self, path: Path, map_dir_to_root: str = "..") -> None:
        """Write the TMX file."""
        next_layer = 1
        next_object = 1
        out = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            f'<map version="1.8" tiledversion="1.8.2" orientation="orthogonal" renderorder="right-down"'
            f' width="{self.width}" height="{self.height}" tilewidth="{TS}" tileheight="{TS}" infinite="0"'
            f' nextlayerid="@L" nextobjectid="@O">',
        ]
        out += _props(self.props, 1)
        for ts, rel in self.tilesets:
            out.append(f' <tileset firstgid="{self.firstgid[ts.name]}" source={quoteattr(rel)}/>')
        open_group = ""
        for layer in self.layers:
            if layer.group != open_group:
                if open_group:
                    out.append(" </group>")
                open_group = layer.group
                if open_group:
                    out.append(f' <group id="{next_layer}" name={quoteattr(open_group)}>')
                    next_layer += 1
                    out += _props(self.groups.get(open_group, {}), 2)
            ind = "  " if open_group else " "
            if isinstance(layer, TileLayer):
                out.append(
                    f'{ind}<layer id="{next_layer}" name={quoteattr(layer.name)} width="{self.width}"'
                    f' height="{self.height}">'
                )
                out += _props(layer.props, len(ind) + 1)
                out.append(f'{ind} <data encoding="csv">')
                rows = []
                for y in range(self.height):
                    rows.append(",".join(str(layer.cells.get((x, y), 0)) for x in range(self.width)))
                out.append(",\n".join(rows))
                out.append("</data>")  # Tiled writes it unindented after CSV
                out.append(f"{ind}</layer>")
            else:
                out.append(f'{ind}<objectgroup id="{next_layer}" name={quoteattr(layer.name)}>')
                out += _props(layer.props, len(ind) + 1)
                for obj in layer.objects:
                    out += _object(obj, next_object, ind + " ")
                    next_object += 1
                out.append(f"{ind}</objectgroup>")
            next_layer += 1
        if open_group:
            out.append(" </group>")
        out.append("</map>")
        text = "\n".join(out) + "\n"
        text = text.replace('"@L"', f'"{next_layer}"').replace('"@O"', f'"{next_object}"')
        path.write_text(text)


def _props(props: dict[str, PropValue], indent: int) -> list[str]:
    if not props:
        return []
    pad = " " * indent
    lines = [f"{pad}<properties>"]
    for key, value in sorted(props.items()):  # Tiled sorts properties by name when it saves
        lines.append(f"{pad} {property_xml(key, value)}")
    lines.append(f"{pad}</properties>")
    return lines


def _num(v: float) -> str:
    return f"{v:g}"


def _object(obj: Obj, oid: int, ind: str) -> list[str]:
    head = f'{ind}<object id="{oid}" name={quoteattr(obj.name)} type={quoteattr(obj.cls)}'
    head += f' x="{_num(obj.x)}" y="{_num(obj.y)}"'
    if obj.w or obj.h:
        head += f' width="{_num(obj.w)}" height="{_num(obj.h)}"'
    body = _props(obj.props, len(ind) + 1)
    if obj.point:
        body.append(f"{ind} <point/>")
    elif obj.ellipse:
        body.append(f"{ind} <ellipse/>")
    elif obj.polyline is not None or obj.polygon is not None:
        tag = "polyline" if obj.polyline is not None else "polygon"
        pts = obj.polyline if obj.polyline is not None else obj.polygon
        assert pts is not None
        text = " ".join(f"{_num(px - obj.x)},{_num(py - obj.y)}" for px, py in pts)
        body.append(f"{ind} <{tag} points={quoteattr(text)}/>")
    if not body:
        return [head + "/>"]
    return [head + ">", *body, f"{ind}</object>"]


def text_escape(s: str) -> str:
    """XML-escape text content."""
    return escape(s)


def stroke(
    points: list[tuple[float, float]], width: float, seed: int = 0, wobble: float = 0.0
) -> set[tuple[int, int]]:
    """The cells a brush of ``width`` tiles covers along a polyline of tile coordinates (a trail, a stream)."""
    rng = random.Random(seed)
    out: set[tuple[int, int]] = set()
    for (x0, y0), (x1, y1) in pairwise(points):
        length = max(abs(x1 - x0), abs(y1 - y0), 1e-6)
        steps = int(length * 3) + 1
        for i in range(steps + 1):
            t = i / steps
            cx, cy = x0 + (x1 - x0) * t, y0 + (y1 - y0) * t
            r = width / 2 + (rng.uniform(-wobble, wobble) if wobble else 0.0)
            for y in range(int(cy - r - 1), int(cy + r + 2)):
                for x in range(int(cx - r - 1), int(cx + r + 2)):
                    if (x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 <= r * r:
                        out.add((x, y))
    return out


def disc(cx: float, cy: float, r: float) -> set[tuple[int, int]]:
    """Cells within ``r`` tiles of a centre."""
    return {
        (x, y)
        for y in range(int(cy - r - 1), int(cy + r + 2))
        for x in range(int(cx - r - 1), int(cx + r + 2))
        if (x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 <= r * r
    }
