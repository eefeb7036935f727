"""Baking a run of tile layers into chunk surfaces, one chunk at a time, and patching single cells.

A :class:`BakedPass` covers the whole map with square chunks that are painted on first use (the first frame
paints only what it shows; later frames finish the rest a chunk or two at a time). Tiles are anchored at their
bottom-left as in Tiled, so tiles taller or wider than a cell are painted into every chunk they reach.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

import pygame

from game.content.layers import LayerInfo, LayerKind
from game.content.tiled import ParsedMap

CHUNK_TILES = 8
"""Chunk side in tiles: small enough that a first frame paints a third of a big map, large enough to blit fast."""

Blit = tuple[pygame.Surface, tuple[int, int]]
EMPTY = pygame.Surface((0, 0))
"""The chunk of a pass with nothing in it (never drawn)."""


@dataclass(slots=True)
class BakedPass:
    """Consecutive tile/object layers at parallax 1, painted into chunks of one surface kind."""

    layers: list[LayerInfo]
    opaque: bool
    cols: int
    rows: int
    chunks: list[pygame.Surface | None] = field(default_factory=list)
    todo: int = 0
    """Chunks not painted yet."""

    def __post_init__(self) -> None:
        self.chunks = [None] * (self.cols * self.rows)
        self.todo = len(self.chunks)


class Baker:
    """Paints chunks of baked passes from the map's tile data and images."""

    def __init__(self, parsed: ParsedMap, images: Sequence[Any], background: pygame.Color) -> None:
        self.parsed = parsed
        self.images = images
        self.background = background
        self.ts = int(parsed.tmx.tilewidth)
        self.width = int(parsed.tmx.width)
        self.height = int(parsed.tmx.height)
        self.chunk_px = CHUNK_TILES * self.ts
        sizes = [img.get_size() for img in images if img is not None]
        max_w = max((w for w, _ in sizes), default=self.ts)
        max_h = max((h for _, h in sizes), default=self.ts)
        self.spill_x = math.ceil(max_w / self.ts) - 1
        self.spill_y = math.ceil(max_h / self.ts) - 1
        # Tiles not exactly one cell (or without an image) are placed one by one; the rest share positions.
        self.odd = {
            g for g, img in enumerate(images) if g and (img is None or img.get_size() != (self.ts, self.ts))
        }
        self._places: dict[tuple[int, int, int], list[tuple[int, int]]] = {}
        self._plain_layers: dict[int, bool] = {}
        self.painted = 0
        self.on_paint: Callable[[BakedPass, int], None] | None = None
        """Chunks painted so far (the renderer paints ahead only in frames that painted nothing)."""
        self.frame_of: Callable[[int], int] = lambda gid: gid
        """The gid to show for a tile now (animated tiles show their current frame)."""

    def animate(self, gids: set[int], frame_of: Callable[[int], int]) -> None:
        """Route animated tiles through the slow path, which asks ``frame_of`` which image to paint."""
        self.odd |= gids
        self._plain_layers.clear()
        self.frame_of = frame_of

    def new_pass(self, layers: list[LayerInfo], opaque: bool) -> BakedPass:
        """A pass with every chunk still unpainted."""
        cols = math.ceil(self.width / CHUNK_TILES)
        rows = math.ceil(self.height / CHUNK_TILES)
        return BakedPass(layers, opaque, cols, rows)

    def chunk(self, p: BakedPass, index: int) -> pygame.Surface:
        """The painted chunk, painting it now if needed."""
        surface = p.chunks[index]
        if surface is None:
            surface = self._paint(p, index % p.cols, index // p.cols)
            p.chunks[index] = surface
            p.todo -= 1
            self.painted += 1
            if self.on_paint is not None:
                self.on_paint(p, index)
        return surface

    def repaint(self, p: BakedPass, index: int) -> None:
        """Paint a painted chunk again (its animated tiles at their current frames)."""
        if p.chunks[index] is not None:
            p.chunks[index] = self._paint(p, index % p.cols, index // p.cols)

    def _places_for(self, local_row: int, ox: int, oy: int) -> list[tuple[int, int]]:
        key = (local_row, ox, oy)
        places = self._places.get(key)
        if places is None:
            ts = self.ts
            places = [(c * ts + ox, local_row * ts + oy) for c in range(CHUNK_TILES)]
            self._places[key] = places
        return places

    def _paint(self, p: BakedPass, cx: int, cy: int) -> pygame.Surface:
        size = (self.chunk_px, self.chunk_px)
        if not p.opaque and not any(self._has_tiles(la, cx, cy) for la in p.layers):
            return EMPTY
        if p.opaque:
            surface = pygame.Surface(size)
            surface.fill(self.background)
        else:
            surface = pygame.Surface(size, pygame.SRCALPHA)
        for la in p.layers:
            target = surface
            if la.opacity < 1.0:
                target = pygame.Surface(size, pygame.SRCALPHA)
            if la.kind is LayerKind.TILES:
                target.fblits(self._tile_blits(la, cx, cy))
            else:
                target.fblits(self._object_blits(la, cx, cy))
            if target is not surface:
                target.set_alpha(round(la.opacity * 255))
                surface.blit(target, (0, 0))
        return surface

    def _has_tiles(self, la: LayerInfo, cx: int, cy: int) -> bool:
        """Whether a layer might draw into a chunk (cheap: any gid in the chunk's cells and margins)."""
        if la.kind is not LayerKind.TILES:
            return True
        data = self.parsed.tile_data[la.tile_index]
        mx = self.spill_x + math.ceil(abs(la.offset_x) / self.ts)
        my = self.spill_y + math.ceil(abs(la.offset_y) / self.ts)
        c0, r0 = cx * CHUNK_TILES, cy * CHUNK_TILES
        c_lo, c_hi = max(0, c0 - mx), c0 + CHUNK_TILES + mx
        return any(any(row[c_lo:c_hi]) for row in data[max(0, r0 - my) : r0 + CHUNK_TILES + my])

    def _tile_blits(self, la: LayerInfo, cx: int, cy: int) -> list[Blit]:
        images, odd = self.images, self.odd
        data = self.parsed.tile_data[la.tile_index]
        ox, oy = int(la.offset_x), int(la.offset_y)
        c0, r0 = cx * CHUNK_TILES, cy * CHUNK_TILES
        blits: list[Blit] = []
        for local in range(CHUNK_TILES):
            ty = r0 + local
            if ty >= len(data):
                break
            row = data[ty][c0 : c0 + CHUNK_TILES]
            places = self._places_for(local, ox, oy)
            blits += [(images[g], xy) for g, xy in zip(row, places, strict=False) if g and g not in odd]
        if ox or oy or self.spill_x or self.spill_y or not self._plain(la):
            blits += self._spilling(la, data, cx, cy)
        return blits

    def _plain(self, la: LayerInfo) -> bool:
        """True when every tile of the layer is one plain cell (no odd sizes, no animation)."""
        plain = self._plain_layers.get(la.tile_index)
        if plain is None:
            plain = self.odd.isdisjoint(chain.from_iterable(self.parsed.tile_data[la.tile_index]))
            self._plain_layers[la.tile_index] = plain
        return plain

    def _spilling(self, la: LayerInfo, data: list[list[int]], cx: int, cy: int) -> list[Blit]:
        """Odd-sized tiles, and tiles pushed in from neighbouring chunks by size or layer offset."""
        ts, images, odd = self.ts, self.images, self.odd
        ox, oy = int(la.offset_x), int(la.offset_y)
        x0, y0 = cx * self.chunk_px, cy * self.chunk_px
        mx = self.spill_x + math.ceil(abs(ox) / ts)
        my = self.spill_y + math.ceil(abs(oy) / ts)
        c0, r0 = cx * CHUNK_TILES, cy * CHUNK_TILES
        out: list[Blit] = []
        for ty in range(max(0, r0 - my), min(len(data), r0 + CHUNK_TILES + my)):
            row = data[ty]
            for tx in range(max(0, c0 - mx), min(len(row), c0 + CHUNK_TILES + mx)):
                g = row[tx]
                inside = r0 <= ty < r0 + CHUNK_TILES and c0 <= tx < c0 + CHUNK_TILES
                if not g or (inside and g not in odd):
                    continue  # already placed by the fast path
                img = images[self.frame_of(g)]
                if img is None:
                    continue
                out.append((img, (tx * ts + ox - x0, (ty + 1) * ts - img.get_height() + oy - y0)))
        return out

    def _object_blits(self, la: LayerInfo, cx: int, cy: int) -> list[Blit]:
        import pytmx

        tmx = self.parsed.tmx
        x0, y0 = cx * self.chunk_px, cy * self.chunk_px
        area = pygame.Rect(x0, y0, self.chunk_px, self.chunk_px)
        out: list[Blit] = []
        for obj in self.parsed.tile_objects:
            if obj.layer != la.name or not obj.visible:
                continue
            box = pygame.Rect(round(obj.x), round(obj.y), max(1, round(obj.width)), max(1, round(obj.height)))
            if not box.colliderect(area):
                continue
            tiled_gid, flags = pytmx.pytmx.decode_gid(obj.gid)
            entry = tmx.imagemap.get((tiled_gid, flags)) or tmx.imagemap.get(
                (tiled_gid, pytmx.pytmx.empty_flags)
            )
            img = self.images[entry[0]] if entry is not None else None
            if img is None:
                continue
            if box.size != img.get_size():
                img = pygame.transform.scale(img, box.size)
            out.append((img, (box.x - x0, box.y - y0)))
        return out

    def redraw_cell(self, p: BakedPass, tx: int, ty: int) -> None:
        """Repaint one cell of a painted chunk with the current animation frames."""
        cx, cy = tx // CHUNK_TILES, ty // CHUNK_TILES
        surface = p.chunks[cy * p.cols + cx]
        if surface is None:
            return
        ts = self.ts
        lx, ly = (tx - cx * CHUNK_TILES) * ts, (ty - cy * CHUNK_TILES) * ts
        surface.fill(self.background if p.opaque else (0, 0, 0, 0), (lx, ly, ts, ts))
        for la in p.layers:
            if la.kind is not LayerKind.TILES:
                continue
            gid = self.parsed.tile_data[la.tile_index][ty][tx]
            img = self.images[self.frame_of(gid)] if gid else None
            if img is None:
                continue
            if la.opacity < 1.0:
                img = img.copy()
                img.set_alpha(round(la.opacity * 255))
            surface.blit(img, (lx + int(la.offset_x), ly + ts - img.get_height() + int(la.offset_y)))
