"""Tileset builder: named tiles painted lazily, tile properties, animations, corner wang sets -> TSX + PNG.

Tile ids are assigned when a tile is declared, so the map builder can ask ids by name without painting.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import quoteattr

from tools.pixel import TS, Px, Texture, corner_tile, hash01

Painter = Callable[[], Px]
PropValue = str | int | float | bool
COLUMNS = 16


@dataclass(slots=True)
class TileDef:
    """One tile: how to paint it, its properties and (for the first frame) its animation."""

    name: str
    paint: Painter
    props: dict[str, PropValue]
    frames: list[tuple[str, int]] = field(default_factory=list)


@dataclass(slots=True)
class WangSet:
    """A corner wang set (Tiled's terrain brush): one colour, tiles by corner mask."""

    name: str
    color: str
    tiles: dict[int, str]
    """mask (NW=1 NE=2 SW=4 SE=8) -> tile name."""


class TileSet:
    """A tileset under construction."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.tiles: list[TileDef] = []
        self.ids: dict[str, int] = {}
        self.wangsets: list[WangSet] = []
        self._big: dict[str, Px] = {}

    def add(self, name: str, paint: Painter, **props: PropValue) -> str:
        """Declare one tile; returns its name."""
        if name in self.ids:
            raise ValueError(f"tile {name!r} declared twice")
        self.ids[name] = len(self.tiles)
        self.tiles.append(TileDef(name, paint, dict(props)))
        return name

    def id(self, name: str) -> int:
        """The tile id (0-based within the tileset) of a named tile."""
        return self.ids[name]

    def animate(self, first: str, frames: list[str], ms: int | list[int]) -> None:
        """Give ``first`` a Tiled animation over ``frames`` (names), each ``ms`` long."""
        durations = ms if isinstance(ms, list) else [ms] * len(frames)
        self.tiles[self.ids[first]].frames = list(zip(frames, durations, strict=True))

    def add_big(
        self, prefix: str, w: int, h: int, paint: Painter, props: Callable[[int, int], dict[str, PropValue]]
    ) -> list[list[str]]:
        """Declare a ``w`` x ``h`` tile prop painted as one picture; tile names ``prefix_X_Y``; returns the grid."""
        grid = []
        for ty in range(h):
            row = []
            for tx in range(w):
                name = f"{prefix}_{tx}_{ty}"

                def cell(tx: int = tx, ty: int = ty) -> Px:
                    if prefix not in self._big:
                        self._big[prefix] = paint()
                    return self._big[prefix].crop(tx * TS, ty * TS)

                row.append(self.add(name, cell, **props(tx, ty)))
            grid.append(row)
        return grid

    def corner_set(
        self,
        prefix: str,
        upper: Texture,
        seed: int,
        color: str,
        rough: float = 0.55,
        rim: object = None,
        variants: int = 0,
        **props: PropValue,
    ) -> dict[int, str]:
        """Declare the 15 corner tiles (masks 1..15, transparent outside) of a terrain, with a wang set."""
        names = {}
        for mask in range(1, 16):
            if mask == 15 and variants:
                for v in range(variants):

                    def full(v: int = v) -> Px:
                        return corner_tile(15, variant_of(upper, v), seed + 101 * (v + 1), rough, rim)  # type: ignore[arg-type]

                    self.add(f"{prefix}_full{v}", full, **props)

            def paint(mask: int = mask) -> Px:
                return corner_tile(mask, upper, seed, rough, rim)  # type: ignore[arg-type]

            names[mask] = self.add(f"{prefix}_{mask}", paint, **(props if mask == 15 else _partial(props)))
        self.wangsets.append(WangSet(prefix, color, names))
        return names

    def write(self, png: Path, tsx: Path) -> None:
        """Paint every tile into one PNG sheet and write the TSX next to it (Tiled 1.8 format)."""
        import pygame

        rows = (len(self.tiles) + COLUMNS - 1) // COLUMNS
        sheet = pygame.Surface((COLUMNS * TS, rows * TS), pygame.SRCALPHA)
        for index, tile in enumerate(self.tiles):
            px = tile.paint()
            ox, oy = (index % COLUMNS) * TS, (index // COLUMNS) * TS
            for y in range(TS):
                for x in range(TS):
                    c = px.data[y * TS + x]
                    if c[3]:
                        sheet.set_at((ox + x, oy + y), c)
        png.parent.mkdir(parents=True, exist_ok=True)
        pygame.image.save(sheet, str(png))
        tsx.write_text(self.tsx(os.path.relpath(png, tsx.parent), sheet.get_width(), sheet.get_height()))

    def tsx(self, image: str, width: int, height: int) -> str:
        """The TSX text."""
        out = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            f'<tileset version="1.8" tiledversion="1.8.2" name="{self.name}" tilewidth="{TS}" tileheight="{TS}"'
            f' tilecount="{len(self.tiles)}" columns="{COLUMNS}">',
            f' <image source={quoteattr(image)} width="{width}" height="{height}"/>',
        ]
        for index, tile in enumerate(self.tiles):
            if not tile.props and not tile.frames:
                continue
            out.append(f' <tile id="{index}">')
            if tile.props:
                out.append("  <properties>")
                for key, value in sorted(tile.props.items()):
                    out.append("   " + property_xml(key, value))
                out.append("  </properties>")
            if tile.frames:
                out.append("  <animation>")
                for name, ms in tile.frames:
                    out.append(f'   <frame tileid="{self.ids[name]}" duration="{ms}"/>')
                out.append("  </animation>")
            out.append(" </tile>")
        if self.wangsets:
            out.append(" <wangsets>")
            for ws in self.wangsets:
                full = self.ids[ws.tiles[15]]
                out.append(f'  <wangset name="{ws.name}" type="corner" tile="{full}">')
                out.append(
                    f'   <wangcolor name="{ws.name}" color="{ws.color}" tile="{full}" probability="1"/>'
                )
                for mask, name in sorted(ws.tiles.items()):
                    ne, se, sw, nw = (int(bool(mask & b)) for b in (2, 8, 4, 1))
                    out.append(
                        f'   <wangtile tileid="{self.ids[name]}" wangid="0,{ne},0,{se},0,{sw},0,{nw}"/>'
                    )
                out.append("  </wangset>")
            out.append(" </wangsets>")
        out.append("</tileset>")
        return "\n".join(out) + "\n"


def variant_of(tex: Texture, v: int) -> Texture:
    """The same texture with a few pixels swapped for others of it, so a terrain's full tiles do not all repeat
    one pattern, while their borders still join."""

    def out(x: int, y: int) -> tuple[int, int, int, int]:
        if 1 <= x < 15 and 1 <= y < 15 and hash01(x, y, 977 + v) < 0.12:
            return tex((x + 5 + v) % 16, (y + 9 + 2 * v) % 16)
        return tex(x, y)

    return out


def _partial(props: dict[str, PropValue]) -> dict[str, PropValue]:
    """Edge tiles of a terrain keep its footstep sound but no blocking flags (they are mostly the lower ground)."""
    return {k: v for k, v in props.items() if k == "step"}


def property_xml(key: str, value: PropValue) -> str:
    """One ``<property>`` element."""
    if isinstance(value, bool):
        return f'<property name="{key}" type="bool" value="{str(value).lower()}"/>'
    if isinstance(value, int):
        return f'<property name="{key}" type="int" value="{value}"/>'
    if isinstance(value, float):
        return f'<property name="{key}" type="float" value="{value:g}"/>'
    return f"<property name={quoteattr(key)} value={quoteattr(value)}/>"
