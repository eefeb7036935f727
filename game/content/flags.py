"""Flag grids from a read map: tile and layer properties per view, Wall objects rasterized into their view."""

from __future__ import annotations

from collections.abc import Mapping
from itertools import chain
from typing import Any

from game.content.layers import LayerInfo, LayerKind
from game.world.level import Grid, MapObject, Shape, TileFlag

FLAG_NAMES: tuple[tuple[str, TileFlag], ...] = (
    ("solid", TileFlag.SOLID),
    ("blocks_sight", TileFlag.BLOCKS_SIGHT),
    ("roof", TileFlag.ROOF),
    ("blocks_air", TileFlag.BLOCKS_AIR),
    ("cover", TileFlag.COVER),
)


def tile_flags(props: Mapping[str, Any] | None) -> int:
    """The :class:`TileFlag` bits a tile's properties set."""
    if not props:
        return 0
    bits = 0
    for key, bit in FLAG_NAMES:
        value = props.get(key)
        if value is True or (isinstance(value, str) and value.strip().lower() == "true"):
            bits |= int(bit)
    return bits


def build_grid(
    tmx: Any,
    layers: list[LayerInfo],
    tile_data: list[list[list[int]]],
    width: int,
    height: int,
    ts: int,
    objects: list[MapObject],
) -> Grid:
    """OR every layer's tile flags into one flat byte grid per view.

    Each layer becomes one big integer (one byte per cell, via a gid -> flags lookup mapped in C) so the OR of
    layers costs a handful of big-integer operations instead of a Python loop over every cell.
    """
    size = width * height
    lut = [0] * max(1, int(tmx.maxgid))
    for gid, p in tmx.tile_properties.items():
        if 0 <= gid < len(lut):
            lut[gid] = tile_flags(p)
    acc = {False: 0, True: 0}
    for info in layers:
        if info.kind is not LayerKind.TILES or info.tile_index >= len(tile_data):
            continue
        if info.parallax_x != 1.0 or info.parallax_y != 1.0:
            continue  # a parallax layer is scenery at another depth (sky, haze): it never collides
        table = lut if not info.flags else [0] + [b | info.flags for b in lut[1:]]
        if not any(table):
            continue
        rows = _placed_rows(
            tile_data[info.tile_index], width, height, round(info.offset_x / ts), round(info.offset_y / ts)
        )
        layer_bits = int.from_bytes(bytes(map(table.__getitem__, chain.from_iterable(rows))), "big")
        for dream in (False, True):
            if info.view.visible_in(dream):
                acc[dream] |= layer_bits
    reality = bytearray(acc[False].to_bytes(size, "big"))
    dream_cells = bytearray(acc[True].to_bytes(size, "big"))
    for obj in objects:
        if obj.cls == "Wall":
            bits = int(TileFlag.SOLID) | (
                int(TileFlag.BLOCKS_SIGHT) if obj.properties.get("blocks_sight", True) else 0
            )
            for cells, d in ((reality, False), (dream_cells, True)):
                if obj.view.visible_in(d):
                    for tx, ty in wall_tiles(obj, width, height, ts):
                        cells[ty * width + tx] |= bits
    return Grid(width, height, bytes(reality), bytes(dream_cells))


def _placed_rows(data: list[list[int]], width: int, height: int, dx: int, dy: int) -> list[list[int]]:
    """The layer's gids as exactly ``height`` rows of ``width``, shifted by whole tiles (its offset)."""
    if dx == 0 and dy == 0 and len(data) == height and all(len(r) == width for r in data):
        return data
    blank = [0] * width
    out = []
    for y in range(height):
        sy = y - dy
        row = data[sy] if 0 <= sy < len(data) else blank
        if dx > 0:
            row = [0] * dx + row[: max(0, width - dx)]
        elif dx < 0:
            row = row[-dx:]
        out.append((row + blank)[:width])
    return out


def wall_tiles(obj: MapObject, width: int, height: int, ts: int) -> list[tuple[int, int]]:
    """Tiles a Wall covers: any overlap for rectangles, the tile's centre inside for other shapes."""
    x0 = max(0, int(obj.x // ts))
    y0 = max(0, int(obj.y // ts))
    x1 = min(width - 1, int((obj.x + obj.width - 1e-6) // ts))
    y1 = min(height - 1, int((obj.y + obj.height - 1e-6) // ts))
    out = []
    for ty in range(y0, y1 + 1):
        for tx in range(x0, x1 + 1):
            if obj.shape is Shape.RECT or obj.contains((tx + 0.5) * ts, (ty + 0.5) * ts):
                out.append((tx, ty))
    return out
