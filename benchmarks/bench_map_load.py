"""Full load of the largest shipped map vs pytmx's own ``load_pygame`` of it (DESIGN.md §8: ratio ≤ 1.5).

"Full load" is everything before the map's first frame, and that frame: reading the TMX and tilesets, the
level model (flag grids, typed objects), tile images, and painting the pre-rendered layer chunks the first
640x360 frame at the player's spawn shows (the renderer paints the rest a couple of chunks per frame after).
Runs alternate between the two contenders in one process; the figure is the ratio of medians.
"""

from __future__ import annotations

import gc
import statistics
import time
from pathlib import Path

from benchmarks.common import Result, failed, summarize  # also sets the SDL dummy drivers

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
    from pytmx.util_pygame import load_pygame

    from game.render.tilemap import load_for_play

    path = largest_map()
    if path is None:
        return [failed("map_load.vs_pytmx", "ratio", "no shipped map found")]
    pygame.init()
    pygame.display.set_mode((640, 360))
    ours: list[float] = []
    theirs: list[float] = []
    canvas = pygame.Surface((640, 360))

    def first_frame() -> None:
        level, renderer = load_for_play(path)
        spawn = level.spawn("player")
        x, y = (spawn.x, spawn.y) if spawn is not None else (0.0, 0.0)
        cam_x = int(max(0, min(x - 320, level.pixel_width - 640)))
        cam_y = int(max(0, min(y - 180, level.pixel_height - 360)))
        renderer.draw_below(canvas, cam_x, cam_y, False, now_ms=0)
        renderer.draw_above(canvas, cam_x, cam_y, False)

    first_frame()
    load_pygame(str(path))
    for _ in range(RUNS):
        for fn, out in ((first_frame, ours), (lambda: load_pygame(str(path)), theirs)):
            gc.collect()
            start = time.perf_counter()
            fn()
            out.append((time.perf_counter() - start) * 1000.0)
    pygame.quit()
    ratio = statistics.median(ours) / statistics.median(theirs)
    stats = summarize(ours)
    return [
        Result(
            name="map_load.vs_pytmx",
            unit="ms",
            ratio=round(ratio, 3),
            target=f"ratio <= {TARGET}",
            met=ratio <= TARGET,
            note=f"{path.name}: ours {stats['median']:.1f} ms, pytmx load_pygame {statistics.median(theirs):.1f} ms",
            **{k: round(v, 3) for k, v in stats.items()},
        )
    ]
