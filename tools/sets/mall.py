"""The mall tileset: a dead shopping mall under sodium and fluorescent light, its car park, and the same mall as
the camcorder's viewfinder shows it (bright, warm, alive). Reality tiles are dim and grimy; dream tiles bright.
"""

from __future__ import annotations

import random

from game.render.palette import (
    CLAY,
    CYAN,
    DARK_BROWN,
    DARK_SLATE,
    DEEP_TEAL,
    GREY,
    INK,
    NIGHT,
    PEACH,
    PLUM,
    ROSE,
    RUST,
    SAND,
    SKY,
    SLATE,
    TAN,
    WHITE,
    YELLOW,
)
from tools.pixel import TS, Px, fbm, hash01, rgba, speckle, textured
from tools.sets.common import speck_tex
from tools.sets.mall_props import (
    awning,
    car,
    counter,
    debris,
    door,
    fluoro,
    footprints,
    fountain,
    heap,
    hedge,
    hole,
    lamp_head,
    lamp_post,
    mannequin,
    parking_line,
    plant,
    rack,
    rubble,
    shelf,
    sodium_pool,
    speaker,
    stairs,
    table,
    trolleys,
    tv_shelf,
)
from tools.tilekit import TileSet

WALL_TOP = (DARK_SLATE, SLATE, GREY)
WALL_FACE = (NIGHT, DARK_SLATE)


def floor_tiles(
    a: tuple[int, int, int], b: tuple[int, int, int], grime: float, seed: int, light: float = 0.0
) -> Px:
    """One large floor tile (16 px) in ``a``: calm, a faint seam along two edges, soft dirt in ``b`` where the
    grime gathers, a few specks; ``light`` adds the faint sheen of a skylight. Reads at 640x360 as a floor, not
    as a pattern (a two-colour 8 px checker did)."""
    px = Px()
    rng = random.Random(seed)
    seam = tuple(max(0, v - 10) for v in a)
    dirt = tuple((2 * p + q) // 3 for p, q in zip(a, b, strict=True))
    for y in range(TS):
        for x in range(TS):
            c = a
            if grime and fbm(x, y, seed) > 1 - grime * 0.6:
                c = dirt  # type: ignore[assignment]  # dirt in soft blotches, a shade off the tile
            if x == TS - 1 or y == TS - 1:
                c = seam  # type: ignore[assignment]
            elif x == 0 or y == 0:
                c = tuple(min(255, v + 6) for v in c)  # type: ignore[assignment]
            if light and hash01(x, y, seed + 1) < light:
                c = tuple(min(255, v + 24) for v in c)  # type: ignore[assignment]
            px[x, y] = c
    if grime:
        speckle(px, rng, (INK, DARK_BROWN), int(grime * 6))
    return px


def carpet(base: tuple[int, int, int], dot: tuple[int, int, int], seed: int) -> Px:
    """Shop carpet with a small repeating motif."""
    px = textured(speck_tex(base, (dot,), 0.04, seed))
    for x, y in ((3, 3), (11, 11)):
        px[x, y] = dot
        px[x + 1, y] = dot
    return px


def wall(mask: int) -> Px:
    """A wall block seen from above; sides open to floor get a rim, the south side shows its face."""
    px = Px()
    px.rect(0, 0, TS, TS, rgba(WALL_TOP[1]))
    for y in range(TS):
        for x in range(TS):
            if hash01(x, y, 71) < 0.08:
                px[x, y] = rgba(WALL_TOP[2])
    if not mask & 1:
        px.rect(0, 0, TS, 2, rgba(WALL_TOP[2]))
    if not mask & 2:
        px.rect(TS - 1, 0, 1, TS, rgba(INK))
    if not mask & 8:
        px.rect(0, 0, 1, TS, rgba(WALL_TOP[2]))
    if not mask & 4:
        px.rect(0, TS - 6, TS, 6, rgba(WALL_FACE[1]))
        px.rect(0, TS - 6, TS, 1, rgba(INK))
        px.rect(0, TS - 1, TS, 1, rgba(INK))
    return px


def glass(vertical: bool, dream: bool) -> Px:
    """A storefront pane in a metal frame (solid; light and sight pass through)."""
    px = Px()
    pane = (SKY, 200) if dream else (DEEP_TEAL, 190)
    if vertical:
        px.rect(5, 0, 6, TS, rgba(*pane))
        px.rect(4, 0, 1, TS, rgba(GREY))
        px.rect(11, 0, 1, TS, rgba(GREY))
        px.line(6, 3, 9, 0, rgba(CYAN if dream else SLATE))
    else:
        px.rect(0, 5, TS, 6, rgba(*pane))
        px.rect(0, 4, TS, 1, rgba(GREY))
        px.rect(0, 11, TS, 1, rgba(GREY))
        px.line(2, 9, 6, 5, rgba(CYAN if dream else SLATE))
    if not dream:
        px.line(9, 5, 13, 10, rgba(INK))  # a crack
    return px


def build() -> TileSet:
    """Declare every mall tile."""
    ts = TileSet("mall")
    roof = {"roof": True, "step": "tile"}
    ts.add(
        "asphalt_0",
        lambda: textured(speck_tex(NIGHT, (DARK_SLATE, INK), 0.06, 301, DARK_SLATE)),
        step="asphalt",
    )
    ts.add(
        "asphalt_1", lambda: textured(speck_tex(NIGHT, (DARK_SLATE, SLATE), 0.05, 302, INK)), step="asphalt"
    )
    ts.corner_set("pavement", speck_tex(SLATE, (GREY, DARK_SLATE), 0.08, 303), 304, "#ff8b9bb4", rough=0.25,
                  rim=rgba(DARK_SLATE), variants=2, step="tile")  # fmt: skip
    ts.add("line_v", lambda: parking_line(True))
    ts.add("line_h", lambda: parking_line(False))
    ts.add_big("sodium", 3, 3, sodium_pool, lambda x, y: {})
    ts.add("lamp_post", lamp_post, solid=True)
    lit = [ts.add(f"lamp_head_{f}", lambda f=f: lamp_head(f == 0)) for f in range(2)]
    ts.animate(lit[0], lit, [1800, 90])
    for i in range(3):
        ts.add(f"hedge_{i}", lambda i=i: hedge(320 + i), cover=True, step="leaves")
    ts.add("fence", lambda: wall(0b1010), solid=True, blocks_sight=True)
    ts.add("trolleys", trolleys, solid=True)
    for name, vertical, color in (("carv_a", True, RUST), ("carv_b", True, DARK_SLATE), ("carv_c", True, PLUM),
                                  ("carh_a", False, DEEP_TEAL), ("carh_b", False, CLAY)):  # fmt: skip
        w, h = (2, 3) if vertical else (3, 2)
        ts.add_big(
            name,
            w,
            h,
            lambda v=vertical, c=color: car(v, c),
            lambda x, y: {"solid": True, "blocks_sight": True},
        )
    for mask in range(16):
        ts.add(f"wall_{mask}", lambda m=mask: wall(m), solid=True, blocks_sight=True, blocks_air=True)
    for dream in (False, True):
        d = "d" if dream else "r"
        ts.add(f"glass_h_{d}", lambda dr=dream: glass(False, dr), solid=True)
        ts.add(f"glass_v_{d}", lambda dr=dream: glass(True, dr), solid=True)
    # Floors: reality (dim, grimy) and dream (bright); roofed inside, open under skylights and glass.
    ts.add("floor_r", lambda: floor_tiles(DARK_SLATE, NIGHT, 0.25, 401), **roof)
    ts.add("floor_r1", lambda: floor_tiles(DARK_SLATE, NIGHT, 0.4, 402), **roof)
    ts.add("sky_r", lambda: floor_tiles(SLATE, DARK_SLATE, 0.2, 403, 0.08), step="tile")
    ts.add("open_r", lambda: floor_tiles(DARK_SLATE, NIGHT, 0.3, 404, 0.03), step="tile")
    ts.add("carpet_r", lambda: carpet(PLUM, NIGHT, 405), roof=True, step="carpet")
    ts.add("floor_d", lambda: floor_tiles(SAND, WHITE, 0.0, 411), **roof)
    ts.add("floor_d1", lambda: floor_tiles(SAND, TAN, 0.0, 412), **roof)
    ts.add("sky_d", lambda: floor_tiles(WHITE, YELLOW, 0.0, 413, 0.1), step="tile")
    ts.add("open_d", lambda: floor_tiles(SAND, WHITE, 0.0, 414, 0.05), step="tile")
    ts.add("carpet_d", lambda: carpet(ROSE, PEACH, 415), roof=True, step="carpet")
    for dream in (False, True):
        d = "d" if dream else "r"
        ts.add_big(
            f"rack_{d}", 2, 1, lambda dr=dream: rack(dr), lambda x, y: {"solid": True, "blocks_sight": True}
        )
        ts.add_big(
            f"heap_{d}", 3, 2, lambda dr=dream: heap(dr), lambda x, y: {"cover": True, "step": "carpet"}
        )
        ts.add(f"mannequin_{d}", lambda dr=dream: mannequin(dr), solid=True)
        for i in range(2):
            ts.add(f"shelf_{d}{i}", lambda dr=dream, i=i: shelf(dr, 430 + i), solid=True, blocks_sight=True)
        ts.add(f"counter_{d}", lambda dr=dream: counter(dr), solid=True)
        ts.add(f"table_{d}", lambda dr=dream: table(dr), solid=True)
        ts.add(f"plant_{d}", lambda dr=dream: plant(dr), solid=True)
        ts.add(f"stairs_{d}", lambda dr=dream: stairs(dr), roof=True, step="tile")
        ts.add(f"speaker_{d}", lambda dr=dream: speaker(dr), solid=True)
        for i in range(3):
            ts.add(f"awning_{d}{i}", lambda dr=dream, i=i: awning(dr, i), cover=True)
    ts.add("tv_r", lambda: tv_shelf(-1), solid=True, blocks_sight=True)
    tvs = [ts.add(f"tv_d{f}", lambda f=f: tv_shelf(f), solid=True, blocks_sight=True) for f in range(3)]
    ts.animate(tvs[0], tvs, 300)
    ts.add_big("fountain_r", 3, 3, lambda: fountain(False, 0), lambda x, y: {"solid": True})
    waters = [
        ts.add_big(f"fountain_d{f}", 3, 3, lambda f=f: fountain(True, f), lambda x, y: {"solid": True})
        for f in range(3)
    ]
    for y in range(3):
        for x in range(3):
            ts.animate(waters[0][y][x], [w[y][x] for w in waters], 220)
    for i in range(3):
        ts.add(f"rubble_{i}", lambda i=i: rubble(450 + i), solid=True)
    ts.add("hole", hole, solid=True)
    ts.add("door_real_wall", lambda: wall(0b1010), solid=True, blocks_sight=True)
    ts.add("door_dream", lambda: door(True), roof=True, step="wood")
    ts.add("mark_arrow", lambda: footprints(0))
    ts.add("mark_dots", lambda: footprints(1))
    for i in range(3):
        ts.add(f"debris_{i}", lambda i=i: debris(460 + i))
    fl = [ts.add(f"fluoro_{f}", lambda f=f: fluoro(f)) for f in range(2)]
    ts.animate(fl[0], fl, [2400, 70])
    return ts
