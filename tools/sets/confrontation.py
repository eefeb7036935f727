"""The confrontation tileset: a white waste under the Cube. White ground, black stone, scorch and cracks, white
drifts to hide in, and the few remains of the world poking out of the white."""

from __future__ import annotations

import math
import random

from game.render.palette import AMBER, DARK_SLATE, GREY, INK, NIGHT, PALE_GREY, SLATE, WHITE
from tools.pixel import TS, Px, hash01, rgba, speckle, textured
from tools.sets.common import blob, shadow_under, speck_tex
from tools.tilekit import TileSet


def waste(seed: int) -> Px:
    """White ground, faintly grained."""
    return textured(speck_tex(WHITE, (PALE_GREY, PALE_GREY, GREY), 0.035, seed, PALE_GREY))


def crack(kind: int) -> Px:
    """A black crack across the white (0: horizontal, 1: vertical, 2 and 3: diagonals)."""
    px = Px()
    rng = random.Random(900 + kind)
    if kind in (0, 1):
        a = 0
        for t in range(TS):
            a = max(-4, min(4, a + rng.choice((-1, 0, 0, 1))))
            x, y = (t, 8 + a) if kind == 0 else (8 + a, t)
            px[x, y] = rgba(INK)
            if rng.random() < 0.3:
                px[x + (kind == 1), y + (kind == 0)] = rgba(DARK_SLATE)
    else:
        for t in range(TS):
            x = t if kind == 2 else TS - 1 - t
            px[x, t] = rgba(INK)
            px[x, min(TS - 1, t + 1)] = rgba(DARK_SLATE)
    return px


def monolith(seed: int) -> Px:
    """A black stone (2x2) standing out of the white: blocks sight and flight."""
    out = Px(32, 32)
    rng = random.Random(seed)
    pts = [(16 + math.cos(a) * rng.uniform(11, 15), 17 + math.sin(a) * rng.uniform(10, 14)) for a in
           [i * math.tau / 7 for i in range(7)]]  # fmt: skip
    for y in range(32):
        for x in range(32):
            inside = False
            j = len(pts) - 1
            for i in range(len(pts)):
                xi, yi = pts[i]
                xj, yj = pts[j]
                if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
                    inside = not inside
                j = i
            if inside:
                out[x, y] = rgba(NIGHT if (x - y) > 6 else INK)
    out.outline(rgba(WHITE), only_below=False)
    for _ in range(4):
        x = rng.randrange(8, 24)
        out.line(x, 8, x + 2, 14, rgba(DARK_SLATE))
    return shadow_under(out, GREY, 2)


def drift(seed: int) -> Px:
    """A white drift to crouch behind (cover)."""
    out = blob(TS, TS, 8, 9, 7.5, 5.5, (GREY, PALE_GREY, WHITE, WHITE), seed, SLATE)
    return shadow_under(out, GREY, 1)


def car_roof() -> Px:
    """A car sunk in the white to its windows (2x1): the roof's curve, two dark side windows split by a
    pillar, a glint on the glass, and the drift it sank in, outlined so it reads on white at a glance."""
    out = Px(32, TS)
    for y in range(2, 13):
        inset = max(0, 7 - (y - 2))  # the roof narrows towards the top
        out.rect(2 + inset, y, 28 - 2 * inset, 1, rgba(DARK_SLATE))
    out.rect(8, 2, 16, 1, rgba(SLATE))  # light on the roof's crown
    for x0, x1 in ((6, 14), (17, 25)):  # side windows, their slanted ends following the roof
        for y in range(5, 10):
            inset = max(0, 7 - (y - 2))
            a, b = max(x0, 3 + inset), min(x1, 28 - inset)
            out.rect(a, y, b - a + 1, 1, rgba(NIGHT))
    out.line(8, 8, 10, 6, rgba(PALE_GREY))  # a glint on the glass
    out.line(19, 8, 20, 7, rgba(GREY))
    rng = random.Random(951)
    for x in range(32):  # the drift, heaped unevenly along the sill
        top = 11 + (1 if hash01(x, 0, 952) < 0.4 else 0) - (1 if 4 < x < 27 and rng.random() < 0.25 else 0)
        out.rect(x, top, 1, TS - top - 1, rgba(WHITE))
        out[x, top] = rgba(PALE_GREY if x % 5 else WHITE)
    out.outline(rgba(INK))
    return out


def remains(kind: int) -> Px:
    """Things of the world half under the white: a car roof, a door frame, a lamp, a chair."""
    if kind == 0:
        return car_roof()
    px = Px()
    if kind == 1:  # a door frame standing alone
        px.rect(3, 0, 2, 14, rgba(INK))
        px.rect(11, 0, 2, 14, rgba(INK))
        px.rect(3, 0, 10, 2, rgba(INK))
    elif kind == 2:  # a lamp post, fallen
        px.line(1, 12, 14, 4, rgba(DARK_SLATE))
        px.line(1, 13, 14, 5, rgba(SLATE))
        px.disc(14, 4, 1.5, rgba(AMBER))
    else:  # a chair
        px.rect(4, 5, 8, 6, rgba(DARK_SLATE))
        px.rect(4, 3, 8, 2, rgba(SLATE))
    return shadow_under(px, GREY, 1)


def scorch_tex(x: int, y: int) -> tuple[int, int, int, int]:
    """Ground the light has burned: a grey sear, speckled darker."""
    h = hash01(x % TS, y % TS, 931)
    return rgba(DARK_SLATE if h < 0.08 else (SLATE if h < 0.3 else (GREY if h < 0.8 else PALE_GREY)))


def ring(frame: int) -> Px:
    """The ring where the light lands (5x5): burned into the white, glinting (frames)."""
    out = Px(80, 80)
    for y in range(80):
        for x in range(80):
            d = math.hypot(x + 0.5 - 40, y + 0.5 - 40)
            if 30 <= d <= 34:
                out[x, y] = rgba(DARK_SLATE if hash01(x, y, 941) < 0.7 else INK)
            elif 34 < d <= 35 and hash01(x, y, 942) < 0.5:
                out[x, y] = rgba(GREY)
    a = frame * math.tau / 4
    for k in range(8):
        gx, gy = 40 + math.cos(a + k * math.tau / 8) * 32, 40 + math.sin(a + k * math.tau / 8) * 32
        out.disc(gx, gy, 1.2, rgba(WHITE))
    return out


def flurry(frame: int) -> Px:
    """White flakes skittering over the ground (frames)."""
    px = Px()
    rng = random.Random(950)
    for _ in range(4):
        x, y = rng.randrange(TS), rng.randrange(TS)
        px[(x + frame * 3) % TS, (y + frame) % TS] = rgba(PALE_GREY)
    return px


def edge() -> Px:
    """The edge of the waste: white falling away into black (solid)."""
    px = Px()
    px.rect(0, 0, TS, TS, rgba(INK))
    speckle(px, random.Random(960), (NIGHT, DARK_SLATE), 20, True)
    return px


def build() -> TileSet:
    """Declare every confrontation tile."""
    ts = TileSet("confrontation")
    for i in range(4):
        ts.add(f"waste_{i}", lambda i=i: waste(910 + i), step="snow")
    ts.corner_set(
        "scorch", scorch_tex, 920, "#ff8b9bb4", rough=0.6, rim=rgba(PALE_GREY), variants=2, step="gravel"
    )
    for i in range(4):
        ts.add(f"crack_{i}", lambda i=i: crack(i))
    ts.add_big(
        "monolith_a",
        2,
        2,
        lambda: monolith(970),
        lambda x, y: {"solid": True, "blocks_sight": True, "blocks_air": True},
    )
    ts.add_big(
        "monolith_b",
        2,
        2,
        lambda: monolith(971),
        lambda x, y: {"solid": True, "blocks_sight": True, "blocks_air": True},
    )
    for i in range(3):
        ts.add(f"drift_{i}", lambda i=i: drift(980 + i), cover=True, step="snow")
    ts.add_big("carroof", 2, 1, lambda: remains(0), lambda x, y: {"solid": True, "blocks_sight": True})
    ts.add("doorframe", lambda: remains(1), solid=True)
    ts.add("fallen_lamp", lambda: remains(2))
    ts.add("chair", lambda: remains(3), solid=True)
    rings = [ts.add_big(f"ring{f}", 5, 5, lambda f=f: ring(f), lambda x, y: {}) for f in range(4)]
    for y in range(5):
        for x in range(5):
            ts.animate(rings[0][y][x], [r[y][x] for r in rings], 240)
    fl = [ts.add(f"flurry_{f}", lambda f=f: flurry(f)) for f in range(4)]
    ts.animate(fl[0], fl, 140)
    ts.add("edge", edge, solid=True, blocks_sight=True)
    return ts
