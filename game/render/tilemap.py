"""Draws a Tiled map: static layers pre-rendered into big surfaces per view, split below/above the actors.

Consecutive tile layers with no parallax are baked into one surface per view (reality, dream) and per side
(below the actors, or ``above``). Parallax tile layers and image layers get passes of their own. Animated tiles
are patched in place on the baked surface when their frame changes, and only once they are on screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pygame
import pytmx
from pytmx.util_pygame import pygame_image_loader

from game.content.tiled import LayerInfo, LayerKind, ParsedMap, read_map
from game.world.level import Level


@dataclass(slots=True)
class _Pass:
    """One thing to draw: a baked surface (parallax 1) or a parallax layer/image."""

    surface: pygame.Surface
    layers: list[LayerInfo]
    parallax_x: float = 1.0
    parallax_y: float = 1.0
    offset_x: float = 0.0
    offset_y: float = 0.0
    repeat_x: bool = False
    repeat_y: bool = False
    opaque: bool = False


@dataclass(slots=True)
class _Anim:
    """An animated tile: its frames (pytmx gids, end times in ms) and where it sits."""

    owner: int
    frames: list[int]
    ends: list[int]
    total: int
    shown: int = -1
    cells: list[tuple[int, int, int]] = field(default_factory=list)
    """(pass index, tile x, tile y)."""


class MapRenderer:
    """The map drawer the play scene uses: ``draw_below`` before the actors, ``draw_above`` after them."""

    def __init__(self, path: Path | None = None, parsed: ParsedMap | None = None) -> None:
        """Read ``path`` (a display mode must be set) or reuse a read that loaded images."""
        if parsed is None:
            if path is None:
                raise ValueError("give a map path or a parsed map")
            parsed, _ = read_map(path, image_loader=pygame_image_loader)
        self.parsed = parsed
        tmx = parsed.tmx
        self.tile_size = int(tmx.tilewidth)
        self.width_px = int(tmx.width) * self.tile_size
        self.height_px = int(tmx.height) * self.tile_size
        bg = getattr(tmx, "background_color", None)
        self.background = pygame.Color(bg) if bg else pygame.Color(0, 0, 0)
        self.images: list[Any] = tmx.images
        self._image_layers = [la for la in tmx.layers if isinstance(la, pytmx.TiledImageLayer)]
        self._passes: list[_Pass] = []
        self._cells: list[list[tuple[int, int]]] = []
        self._anims: list[_Anim] = []
        self._dirty: set[tuple[int, int, int]] = set()
        self._frame_of: dict[int, int] = {}
        self._order: dict[tuple[bool, bool], list[int]] = {}
        has_dream_layers = any(la.view.value != "both" for la in parsed.layers)
        image_index = 0
        images_of: dict[str, int] = {}
        for la in parsed.layers:
            if la.kind is LayerKind.IMAGE:
                images_of[la.name + f"#{image_index}"] = image_index
                image_index += 1
        views = (False, True) if has_dream_layers else (False,)
        built: dict[tuple[bool, bool], list[int]] = {}
        for dream in views:
            for above in (False, True):
                built[(dream, above)] = self._build(dream, above)
        if not has_dream_layers:
            built[(True, False)] = built[(False, False)]
            built[(True, True)] = built[(False, True)]
        self._order = built
        self._index_animations()

    # -- building -------------------------------------------------------------------------------------------

    def _build(self, dream: bool, above: bool) -> list[int]:
        layers = [
            la for la in self.parsed.layers if la.visible and la.view.visible_in(dream) and la.above == above
        ]
        out: list[int] = []
        run: list[LayerInfo] = []
        image_counter = 0
        all_images = [la for la in self.parsed.layers if la.kind is LayerKind.IMAGE]
        for la in layers:
            bakeable = la.kind is not LayerKind.IMAGE and la.parallax_x == 1.0 and la.parallax_y == 1.0
            if bakeable:
                run.append(la)
                continue
            if run:
                out.append(self._bake(run, opaque=not above and not out))
                run = []
            if la.kind is LayerKind.IMAGE:
                image_counter = all_images.index(la)
                out.append(self._image_pass(la, image_counter))
            else:
                single = self._bake([la], opaque=False, offsets=False)
                p = self._passes[single]
                p.parallax_x, p.parallax_y = la.parallax_x, la.parallax_y
                p.offset_x, p.offset_y = la.offset_x, la.offset_y
                out.append(single)
        if run:
            out.append(self._bake(run, opaque=not above and not out))
        return out

    def _bake(self, layers: list[LayerInfo], opaque: bool, offsets: bool = True) -> int:
        size = (self.width_px, self.height_px)
        if opaque:
            surface = pygame.Surface(size).convert()
            surface.fill(self.background)
        else:
            surface = pygame.Surface(size, pygame.SRCALPHA).convert_alpha()
            surface.fill((0, 0, 0, 0))
        index = len(self._passes)
        self._passes.append(_Pass(surface, layers, opaque=opaque))
        ts = self.tile_size
        images = self.images
        for la in layers:
            ox = int(la.offset_x) if offsets else 0
            oy = int(la.offset_y) if offsets else 0
            target = surface
            if la.opacity < 1.0:
                target = pygame.Surface(size, pygame.SRCALPHA).convert_alpha()
                target.fill((0, 0, 0, 0))
            if la.kind is LayerKind.TILES:
                blits = []
                for ty, row in enumerate(self.parsed.tile_data[la.tile_index]):
                    py = ty * ts + ts + oy
                    for tx, gid in enumerate(row):
                        if gid:
                            img = images[gid]
                            if img is not None:
                                blits.append((img, (tx * ts + ox, py - img.get_height())))
                target.fblits(blits)
            else:
                self._blit_tile_objects(target, la, ox, oy)
            if target is not surface:
                target.set_alpha(round(la.opacity * 255))
                surface.blit(target, (0, 0))
        return index

    def _blit_tile_objects(self, target: pygame.Surface, la: LayerInfo, ox: int, oy: int) -> None:
        tmx = self.parsed.tmx
        for obj in self.parsed.tile_objects:
            if obj.layer != la.name:
                continue
            tiled_gid, flags = pytmx.pytmx.decode_gid(obj.gid)
            entry = tmx.imagemap.get((tiled_gid, flags)) or tmx.imagemap.get(
                (tiled_gid, pytmx.pytmx.empty_flags)
            )
            if entry is None:
                continue
            img = self.images[entry[0]]
            if img is None:
                continue
            w, h = round(obj.width) or img.get_width(), round(obj.height) or img.get_height()
            if (w, h) != img.get_size():
                img = pygame.transform.scale(img, (w, h))
            target.blit(img, (round(obj.x) - ox + ox, round(obj.y)))

    def _image_pass(self, la: LayerInfo, index: int) -> int:
        layer = self._image_layers[index] if index < len(self._image_layers) else None
        img = layer.image if layer is not None else None
        if img is None:
            img = pygame.Surface((1, 1), pygame.SRCALPHA)
        if la.opacity < 1.0:
            img = img.copy()
            img.set_alpha(round(la.opacity * 255))
        self._passes.append(
            _Pass(img, [la], la.parallax_x, la.parallax_y, la.offset_x, la.offset_y, la.repeat_x, la.repeat_y)
        )
        return len(self._passes) - 1

    def _index_animations(self) -> None:
        props = self.parsed.tmx.tile_properties
        by_gid: dict[int, _Anim] = {}
        for gid, p in props.items():
            frames = p.get("frames") or []
            if len(frames) > 1:
                ends, t = [], 0
                for f in frames:
                    t += max(1, int(f.duration))
                    ends.append(t)
                by_gid[gid] = _Anim(gid, [int(f.gid) for f in frames], ends, t)
        if not by_gid:
            return
        for pass_index, p in enumerate(self._passes):
            if p.parallax_x != 1.0 or p.parallax_y != 1.0:
                continue
            for la in p.layers:
                if la.kind is not LayerKind.TILES:
                    continue
                for ty, row in enumerate(self.parsed.tile_data[la.tile_index]):
                    for tx, gid in enumerate(row):
                        anim = by_gid.get(gid)
                        if anim is not None:
                            anim.cells.append((pass_index, tx, ty))
        self._anims = [a for a in by_gid.values() if a.cells]

    # -- drawing --------------------------------------------------------------------------------------------

    def draw_below(
        self, canvas: pygame.Surface, cam_x: int, cam_y: int, dream: bool, now_ms: int | None = None
    ) -> None:
        """Draw everything under the actors; ``cam_x``/``cam_y`` is the world pixel at the canvas's top-left."""
        self._animate(pygame.time.get_ticks() if now_ms is None else now_ms)
        cw, ch = canvas.get_size()
        if cam_x < 0 or cam_y < 0 or cam_x + cw > self.width_px or cam_y + ch > self.height_px:
            canvas.fill(self.background)
        self._draw(self._order[(dream, False)], canvas, cam_x, cam_y)

    def draw_above(self, canvas: pygame.Surface, cam_x: int, cam_y: int, dream: bool) -> None:
        """Draw the layers marked ``above`` (canopies, roof edges) over the actors."""
        self._draw(self._order[(dream, True)], canvas, cam_x, cam_y)

    def _draw(self, order: Sequence[int], canvas: pygame.Surface, cam_x: int, cam_y: int) -> None:
        cw, ch = canvas.get_size()
        if self._dirty:
            self._patch(order, cam_x, cam_y, cw, ch)
        for index in order:
            p = self._passes[index]
            x = round(p.offset_x - cam_x * p.parallax_x)
            y = round(p.offset_y - cam_y * p.parallax_y)
            if p.repeat_x or p.repeat_y:
                self._draw_repeated(p, canvas, x, y)
            elif p.parallax_x == 1.0 and p.parallax_y == 1.0 and p.offset_x == 0 and p.offset_y == 0:
                canvas.blit(p.surface, (0, 0), (cam_x, cam_y, cw, ch))
            else:
                canvas.blit(p.surface, (x, y))

    @staticmethod
    def _draw_repeated(p: _Pass, canvas: pygame.Surface, x: int, y: int) -> None:
        w, h = p.surface.get_size()
        cw, ch = canvas.get_size()
        xs = range(x % w - w, cw, w) if p.repeat_x else range(x, x + 1)
        ys = range(y % h - h, ch, h) if p.repeat_y else range(y, y + 1)
        canvas.fblits([(p.surface, (ix, iy)) for iy in ys for ix in xs])

    def _animate(self, now_ms: int) -> None:
        for anim in self._anims:
            t = now_ms % anim.total
            frame = 0
            while anim.ends[frame] <= t:
                frame += 1
            if frame != anim.shown:
                anim.shown = frame
                self._dirty.update(anim.cells)
        self._frame_of = {a.owner: a.frames[a.shown] for a in self._anims}

    def _patch(self, order: Sequence[int], cam_x: int, cam_y: int, cw: int, ch: int) -> None:
        ts = self.tile_size
        x0, y0 = cam_x // ts - 1, cam_y // ts - 1
        x1, y1 = (cam_x + cw) // ts + 1, (cam_y + ch) // ts + 1
        wanted = set(order)
        done = []
        for cell in self._dirty:
            pi, tx, ty = cell
            if pi in wanted and x0 <= tx <= x1 and y0 <= ty <= y1:
                self._redraw_cell(pi, tx, ty)
                done.append(cell)
        self._dirty.difference_update(done)

    def _redraw_cell(self, pass_index: int, tx: int, ty: int) -> None:
        p = self._passes[pass_index]
        ts = self.tile_size
        rect = pygame.Rect(tx * ts, ty * ts, ts, ts)
        p.surface.fill(self.background if p.opaque else (0, 0, 0, 0), rect)
        for la in p.layers:
            if la.kind is not LayerKind.TILES:
                continue
            gid = self.parsed.tile_data[la.tile_index][ty][tx]
            if not gid:
                continue
            img = self.images[self._frame_of.get(gid, gid)]
            if img is None:
                continue
            if la.opacity < 1.0:
                img = img.copy()
                img.set_alpha(round(la.opacity * 255))
            p.surface.blit(
                img, (tx * ts + int(la.offset_x), ty * ts + ts - img.get_height() + int(la.offset_y)), None
            )


def load_for_play(path: Path) -> tuple[Level, MapRenderer]:
    """Read a map once for play: its level model and its renderer (a display mode must be set)."""
    parsed, level = read_map(path, image_loader=pygame_image_loader)
    from game.content.diagnostics import ContentError, Severity

    errors = [d for d in parsed.diagnostics if d.severity is Severity.ERROR]
    if errors:
        raise ContentError(errors)
    return level, MapRenderer(parsed=parsed)


TileMapRenderer = MapRenderer
"""The same class under the name the levels issue first gave it."""
