"""Draws a Tiled map: static layers pre-rendered per view (reality, dream), split below/above the actors.

Consecutive tile (and tile-object) layers are baked together into chunked surfaces, one set per view and
side; layers with parallax get passes of their own, drawn shifted by the camera times their factor; image
layers are drawn as they are (offset, opacity, repeat, parallax). Chunks are painted when first shown and the
rest a couple per frame after, so a map is ready for its first frame quickly. Animated tiles are patched in
place when their frame changes, and only once they are on screen.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pygame
import pytmx
from pytmx.util_pygame import pygame_image_loader

from game.content.diagnostics import ContentError, Severity
from game.content.layers import LayerInfo, LayerKind
from game.content.tiled import ParsedMap, read_map
from game.render.tilebake import CHUNK_TILES, EMPTY, BakedPass, Baker
from game.world.level import Level

PREPAINT_PER_FRAME = 2
REPAINT_WHOLE_CHUNK = 6
"""Dirty animated cells in one chunk from which repainting the whole chunk is cheaper than patching each."""
"""Chunks painted ahead of need after each frame, until the whole map is painted."""


@dataclass(slots=True)
class _Pass:
    """One thing to draw: baked chunks, or an image layer."""

    baked: BakedPass | None
    image: pygame.Surface | None = None
    parallax_x: float = 1.0
    parallax_y: float = 1.0
    offset_x: float = 0.0
    offset_y: float = 0.0
    repeat_x: bool = False
    repeat_y: bool = False


@dataclass(slots=True)
class _Anim:
    """An animated tile: the tile (pytmx gid) that carries the animation, its frames and where it sits."""

    owner: int
    frames: list[int]
    ends: list[int]
    total: int
    shown: int = 0
    cells: list[tuple[int, int, int]] = field(default_factory=list)
    """(pass index, tile x, tile y)."""


class MapRenderer:
    """The map drawer the play scene uses: ``draw_below`` before the actors, ``draw_above`` after them."""

    def __init__(self, path: Path | None = None, parsed: ParsedMap | None = None) -> None:
        """Read ``path`` (a display mode must be set) or reuse a read that loaded images."""
        if parsed is None:
            if path is None:
                raise ValueError("give a map path or a parsed map")
            parsed, _ = read_map(path, image_loader=pygame_image_loader, strict=False)
        self.parsed = parsed
        tmx = parsed.tmx
        self.tile_size = int(tmx.tilewidth)
        self.width_px = int(tmx.width) * self.tile_size
        self.height_px = int(tmx.height) * self.tile_size
        bg = getattr(tmx, "background_color", None)
        self.background = pygame.Color(bg) if bg else pygame.Color(0, 0, 0)
        self.images: list[Any] = tmx.images
        self._image_layers = [la for la in tmx.layers if isinstance(la, pytmx.TiledImageLayer)]
        self._all_images = [la for la in parsed.layers if la.kind is LayerKind.IMAGE]
        self._baker = Baker(parsed, self.images, self.background)
        self._passes: list[_Pass] = []
        self._anims: list[_Anim] = []
        self._frame_of: dict[int, int] = {}
        self._anim_of: dict[int, _Anim] = {}
        self._dirty: set[tuple[int, int, int]] = set()
        has_views = any(la.view.value != "both" for la in parsed.layers)
        self._order: dict[tuple[bool, bool], list[int]] = {}
        for dream in (False, True) if has_views else (False,):
            for above in (False, True):
                self._order[(dream, above)] = self._plan(dream, above)
        if not has_views:
            self._order[(True, False)] = self._order[(False, False)]
            self._order[(True, True)] = self._order[(False, True)]
        self._index_animations()
        self._pending = self._unpainted()
        self._painted_before = 0

    # -- planning -------------------------------------------------------------------------------------------

    def _plan(self, dream: bool, above: bool) -> list[int]:
        layers = [
            la for la in self.parsed.layers if la.visible and la.view.visible_in(dream) and la.above == above
        ]
        out: list[int] = []
        run: list[LayerInfo] = []
        for la in layers:
            flat = la.parallax_x == 1.0 and la.parallax_y == 1.0
            if la.kind is not LayerKind.IMAGE and flat:
                run.append(la)
                continue
            if run:
                out.append(self._add(_Pass(self._baker.new_pass(run, opaque=not above and not out))))
                run = []
            if la.kind is LayerKind.IMAGE:
                out.append(self._add(self._image_pass(la)))
            else:
                out.append(
                    self._add(_Pass(self._baker.new_pass([la], False), None, la.parallax_x, la.parallax_y))
                )
        if run:
            out.append(self._add(_Pass(self._baker.new_pass(run, opaque=not above and not out))))
        return out

    def _add(self, p: _Pass) -> int:
        self._passes.append(p)
        return len(self._passes) - 1

    def _image_pass(self, la: LayerInfo) -> _Pass:
        index = self._all_images.index(la)
        layer = self._image_layers[index] if index < len(self._image_layers) else None
        img = layer.image if layer is not None else None
        if img is None:
            img = pygame.Surface((1, 1), pygame.SRCALPHA)
        if la.opacity < 1.0:
            img = img.copy()
            img.set_alpha(round(la.opacity * 255))
        return _Pass(
            None, img, la.parallax_x, la.parallax_y, la.offset_x, la.offset_y, la.repeat_x, la.repeat_y
        )

    def _index_animations(self) -> None:
        by_gid: dict[int, _Anim] = {}
        for gid, p in self.parsed.tmx.tile_properties.items():
            frames = p.get("frames") or []
            if len(frames) > 1:
                ends, t = [], 0
                for f in frames:
                    t += max(1, int(f.duration))
                    ends.append(t)
                by_gid[gid] = _Anim(gid, [int(f.gid) for f in frames], ends, t)
        if not by_gid:
            return
        self._anims = list(by_gid.values())
        self._anim_of = by_gid
        self._frame_of = {a.owner: a.frames[0] for a in self._anims}
        frame_of = self._frame_of
        self._baker.animate(set(frame_of), lambda gid: frame_of.get(gid, gid))
        self._baker.on_paint = self._chunk_painted

    def _chunk_painted(self, baked: BakedPass, index: int) -> None:
        """Note the animated cells of a freshly painted chunk, so later frame changes patch them."""
        pass_index = next(i for i, p in enumerate(self._passes) if p.baked is baked)
        cx, cy = (index % baked.cols) * CHUNK_TILES, (index // baked.cols) * CHUNK_TILES
        by_gid = self._anim_of
        for la in baked.layers:
            if la.kind is not LayerKind.TILES:
                continue
            data = self.parsed.tile_data[la.tile_index]
            for ty in range(cy, min(cy + CHUNK_TILES, len(data))):
                row = data[ty]
                for tx in range(cx, min(cx + CHUNK_TILES, len(row))):
                    anim = by_gid.get(row[tx])
                    if anim is not None:
                        anim.cells.append((pass_index, tx, ty))

    def _unpainted(self) -> Iterator[tuple[BakedPass, int]]:
        for p in self._passes:
            if p.baked is not None:
                for index in range(len(p.baked.chunks)):
                    yield p.baked, index

    # -- drawing --------------------------------------------------------------------------------------------

    def draw_below(
        self, canvas: pygame.Surface, cam_x: int, cam_y: int, dream: bool, now_ms: int | None = None
    ) -> None:
        """Draw everything under the actors; ``cam_x``/``cam_y`` is the world pixel at the canvas's top-left.

        ``now_ms`` is the presentation clock for tile animations (default: pygame's ticks).
        """
        self._animate(pygame.time.get_ticks() if now_ms is None else now_ms)
        cw, ch = canvas.get_size()
        if cam_x < 0 or cam_y < 0 or cam_x + cw > self.width_px or cam_y + ch > self.height_px:
            canvas.fill(self.background)
        self._draw(self._order[(dream, False)], canvas, cam_x, cam_y)

    def draw_above(self, canvas: pygame.Surface, cam_x: int, cam_y: int, dream: bool) -> None:
        """Draw the layers marked ``above`` (canopies, roof edges) over the actors."""
        painted = self._baker.painted
        self._draw(self._order[(dream, True)], canvas, cam_x, cam_y)
        if self._baker.painted == painted == self._painted_before:
            self._prepaint(PREPAINT_PER_FRAME)  # only in frames that had nothing new to paint
        self._painted_before = self._baker.painted

    def prepaint_all(self) -> None:
        """Paint every chunk now (for tools that render whole maps, or a loading screen with time to spare)."""
        self._prepaint(1 << 30)

    def _prepaint(self, budget: int) -> None:
        for baked, index in self._pending:
            if baked.chunks[index] is None:
                self._baker.chunk(baked, index)
                budget -= 1
                if budget <= 0:
                    return

    def _draw(self, order: list[int], canvas: pygame.Surface, cam_x: int, cam_y: int) -> None:
        cw, ch = canvas.get_size()
        if self._dirty:
            self._patch(order, cam_x, cam_y, cw, ch)
        for index in order:
            p = self._passes[index]
            ex = round(cam_x * p.parallax_x - p.offset_x)
            ey = round(cam_y * p.parallax_y - p.offset_y)
            if p.baked is not None:
                canvas.fblits(self._chunk_blits(p.baked, ex, ey, cw, ch))
            elif p.image is not None:
                self._draw_image(p, p.image, canvas, -ex, -ey)

    def _chunk_blits(
        self, baked: BakedPass, ex: int, ey: int, cw: int, ch: int
    ) -> list[tuple[pygame.Surface, tuple[int, int]]]:
        size = self._baker.chunk_px
        c0, c1 = max(0, ex // size), min(baked.cols - 1, (ex + cw - 1) // size)
        r0, r1 = max(0, ey // size), min(baked.rows - 1, (ey + ch - 1) // size)
        chunk = self._baker.chunk
        blits = []
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                surface = chunk(baked, r * baked.cols + c)
                if surface is not EMPTY:
                    blits.append((surface, (c * size - ex, r * size - ey)))
        return blits

    @staticmethod
    def _draw_image(p: _Pass, img: pygame.Surface, canvas: pygame.Surface, x: int, y: int) -> None:
        w, h = img.get_size()
        cw, ch = canvas.get_size()
        xs = range(x % w - w, cw, w) if p.repeat_x else range(x, x + 1)
        ys = range(y % h - h, ch, h) if p.repeat_y else range(y, y + 1)
        canvas.fblits([(img, (ix, iy)) for iy in ys for ix in xs])

    def _animate(self, now_ms: int) -> None:
        for anim in self._anims:
            t = now_ms % anim.total
            frame = 0
            while anim.ends[frame] <= t:
                frame += 1
            if frame != anim.shown:
                anim.shown = frame
                self._frame_of[anim.owner] = anim.frames[frame]
                self._dirty.update(anim.cells)

    def _patch(self, order: list[int], cam_x: int, cam_y: int, cw: int, ch: int) -> None:
        """Repaint dirty animated cells that are on screen (only painted chunks list their animated cells).

        A chunk with many dirty cells is repainted whole (one batched paint beats many single cells); the rest
        are patched cell by cell.
        """
        ts = self.tile_size
        x0, y0 = cam_x // ts - 1, cam_y // ts - 1
        x1, y1 = (cam_x + cw) // ts + 1, (cam_y + ch) // ts + 1
        wanted = set(order)
        by_chunk: dict[tuple[int, int], list[tuple[int, int, int]]] = {}
        done = []
        for cell in self._dirty:
            index, tx, ty = cell
            if self._passes[index].baked is None:
                done.append(cell)
            elif index in wanted and x0 <= tx <= x1 and y0 <= ty <= y1:
                key = (index, (ty // CHUNK_TILES) * 1000 + tx // CHUNK_TILES)
                by_chunk.setdefault(key, []).append(cell)
        for (index, _), cells in by_chunk.items():
            baked = self._passes[index].baked
            assert baked is not None
            if len(cells) >= REPAINT_WHOLE_CHUNK:
                _, tx, ty = cells[0]
                self._baker.repaint(baked, (ty // CHUNK_TILES) * baked.cols + tx // CHUNK_TILES)
            else:
                for _, tx, ty in cells:
                    self._baker.redraw_cell(baked, tx, ty)
            done += cells
        self._dirty.difference_update(done)


def load_for_play(path: Path) -> tuple[Level, MapRenderer]:
    """Read a map once for play: its level model and its renderer (a display mode must be set)."""
    parsed, level = read_map(path, image_loader=pygame_image_loader, strict=False)
    errors = [d for d in parsed.diagnostics if d.severity is Severity.ERROR]
    if errors:
        raise ContentError(errors)
    return level, MapRenderer(parsed=parsed)
