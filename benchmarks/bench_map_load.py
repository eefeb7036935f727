"""Full load of the largest shipped map vs pytmx's own ``load_pygame`` of it (DESIGN.md §8: ratio ≤ 1.5).

"Full load" is everything the play scene does before the map's first frame, and that frame: the one gate
(``game.content.gate.load_checked``: reading the TMX and tilesets, the level model, tile images, the map's
story, and every check ``refuge check`` runs on both), and painting the pre-rendered layer chunks the first
640x360 frame at the player's spawn shows (the renderer paints the rest a couple of chunks per frame after).
``map_load.read_vs_pytmx`` is a reference row: the read alone, without the gate's checks and the story.
Runs alternate between the contenders in one process; the figures are ratios of medians.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.common import Result, failed, summarize  # also sets the SDL dummy drivers

if TYPE_CHECKING:
    from game.render.tilemap import MapRenderer
    from game.world.level import Level

ROOT = Path(__file__).resolve().parent.parent
RUNS = 21
TARGET = 1.5


def largest_map() -> Path | None:
    """The shipped map with the most tiles."""
    from game.content.catalog import map_scene

    best: tuple[int, Path] | None = None
    for path in sorted((ROOT / "levels").glob("*.tmx")):
        if map_scene(path) is None:
            continue
        import xml.etree.ElementTree as ET

        root = ET.parse(path).getroot()
        tiles = int(root.get("width", "0")) * int(root.get("height", "0"))
        if best is None or tiles > best[0]:
            best = (tiles, path)
    return None if best is None else best[1]


def run() -> list[Result]:
    """Time both loaders on the largest map, alternating, after one warm-up each."""
    import pygame
    from pytmx.util_pygame import load_pygame, pygame_image_loader

    from game.content.gate import load_checked
    from game.render.tilemap import MapRenderer, load_for_play

    path = largest_map()
    if path is None:
        return [failed("map_load.vs_pytmx", "ratio", "no shipped map found")]
    pygame.init()
    pygame.display.set_mode((640, 360))
    ours: list[float] = []
    read_only: list[float] = []
    theirs: list[float] = []
    canvas = pygame.Surface((640, 360))

    def gated() -> tuple[Level, MapRenderer]:
        checked = load_checked(path, ROOT / "levels", pygame_image_loader)
        return checked.level, MapRenderer(parsed=checked.parsed)

    def first_frame(load: Callable[[Path], tuple[Level, MapRenderer]] = lambda _p: gated()) -> None:
        level, renderer = load(path)
        spawn = level.spawn("player")
        x, y = (spawn.x, spawn.y) if spawn is not None else (0.0, 0.0)
        cam_x = int(max(0, min(x - 320, level.pixel_width - 640)))
        cam_y = int(max(0, min(y - 180, level.pixel_height - 360)))
        renderer.draw_below(canvas, cam_x, cam_y, False, now_ms=0)
        renderer.draw_above(canvas, cam_x, cam_y, False)

    first_frame()
    first_frame(load_for_play)
    load_pygame(str(path))
    contenders: list[tuple[Callable[[], object], list[float]]] = [
        (first_frame, ours),
        (lambda: first_frame(load_for_play), read_only),
        (lambda: load_pygame(str(path)), theirs),
    ]
    for _ in range(RUNS):
        for fn, out in contenders:
            gc.collect()
            start = time.perf_counter()
            fn()
            out.append((time.perf_counter() - start) * 1000.0)
    pygame.quit()
    ratio = statistics.median(ours) / statistics.median(theirs)
    stats = summarize(ours)
    read_stats = summarize(read_only)
    return [
        Result(
            name="map_load.vs_pytmx",
            unit="ms",
            ratio=round(ratio, 3),
            target=f"ratio <= {TARGET}",
            met=ratio <= TARGET,
            note=f"{path.name} through the gate (checks and story included): ours {stats['median']:.1f} ms, "
            f"pytmx load_pygame {statistics.median(theirs):.1f} ms",
            **{k: round(v, 3) for k, v in stats.items()},
        ),
        Result(
            name="map_load.read_vs_pytmx",
            unit="ms",
            ratio=round(statistics.median(read_only) / statistics.median(theirs), 3),
            target="reference: the read alone, without the gate's checks and the story",
            **{k: round(v, 3) for k, v in read_stats.items()},
        ),
    ]
