"""The forest tileset: dead grass under ash, dirt paths, a black stream, dead trees and pines, brambles, the
broken highway at the forest's edge. Night palette: ash greys, dead greens."""

from __future__ import annotations

import math
import random

from game.render.palette import (
    AMBER,
    BLUE,
    BROWN,
    CLAY,
    CRIMSON,
    DARK_BROWN,
    DARK_GREEN,
    DARK_SLATE,
    DEEP_TEAL,
    GREY,
    HOT_PINK,
    INK,
    MID_GREEN,
    NIGHT,
    ORANGE,
    PALE_GREY,
    PLUM,
    RED,
    RUST,
    SAND,
    SKY,
    SLATE,
    YELLOW,
)
from tools.pixel import TS, Px, fbm, hash01, pick, rgba, speckle, textured
from tools.sets.common import blob, ground, ground_tex, rock, shadow_under, speck_tex, tufts
from tools.tilekit import TileSet

GRASS = (NIGHT, DEEP_TEAL, DEEP_TEAL, DARK_GREEN)
ASH = (DARK_SLATE, SLATE, SLATE, GREY)
DIRT = (NIGHT, DARK_BROWN, DARK_BROWN, DARK_BROWN, DARK_BROWN, DARK_BROWN, DARK_SLATE)
WATER = (BLUE, DEEP_TEAL, DEEP_TEAL, BLUE)
ROAD = (INK, NIGHT, NIGHT, DARK_SLATE)
BARK = (INK, DARK_BROWN, BROWN)
PINE = (INK, DEEP_TEAL, DARK_GREEN, MID_GREEN)
DEAD = (INK, DARK_SLATE, SLATE)
BRAMBLE = (INK, DEEP_TEAL, DEEP_TEAL, DARK_GREEN)
STONE = (INK, DARK_SLATE, DARK_SLATE, SLATE)


def grass(seed: int) -> Px:
    """Dead grass with a few ash flecks."""
    px = ground(GRASS, seed, (DARK_SLATE, SLATE), 0.03)
    return tufts(px, random.Random(seed), (DARK_GREEN, SLATE), 3)


def dead_tree_canopy() -> Px:
    """Bare branches seen from above: a grey-brown fan of limbs, 3x3 tiles, the trunk's top at the bottom middle."""
    out = Px(3 * TS, 3 * TS)
    rng = random.Random(11)

    def limb(x: float, y: float, angle: float, length: float, depth: int) -> None:
        if depth == 0 or length < 2:
            return
        ex = x + math.cos(angle) * length
        ey = y + math.sin(angle) * length
        color = (INK, DARK_BROWN, DARK_BROWN, DARK_SLATE)[min(3, 4 - depth)]
        out.line(round(x), round(y), round(ex), round(ey), rgba(color))
        if depth >= 3:
            out.line(round(x) + 1, round(y), round(ex) + 1, round(ey), rgba(INK))
        for turn in (-0.55, 0.45):
            limb(ex, ey, angle + turn + rng.uniform(-0.25, 0.25), length * rng.uniform(0.55, 0.75), depth - 1)

    cx, cy = 24, 40
    for k in range(6):
        angle = -math.pi / 2 + (k - 2.5) * 0.55 + rng.uniform(-0.15, 0.15)
        limb(cx, cy, angle, rng.uniform(10, 15), 4)
    out.disc(cx + 0.5, cy, 3.5, rgba(INK))
    out.disc(cx + 0.5, cy - 0.5, 2.5, rgba(DARK_BROWN))
    out.disc(cx - 0.5, cy - 1.5, 1, rgba(DARK_SLATE))
    for _ in range(14):  # ash lodged in the forks
        x, y = rng.randrange(4, 44), rng.randrange(4, 40)
        if out[x, y][3]:
            out[x, y] = rgba(SLATE)
    return out


def pine_canopy() -> Px:
    """A dark pine crown, 3x3 tiles, dense enough to hide under, dusted with ash."""
    out = Px(48, 48)
    rng = random.Random(9)
    for ring, (r, shade) in enumerate(
        ((21, INK), (18, DEEP_TEAL), (13, DARK_GREEN), (7, DEEP_TEAL), (3, DARK_GREEN))
    ):
        for y in range(48):
            for x in range(48):
                dx, dy = x + 0.5 - 24, y + 0.5 - 25
                a = math.atan2(dy, dx)
                jag = 2.2 * math.sin(a * 9 + ring) + rng.uniform(-0.6, 0.6)
                if dx * dx + dy * dy <= (r + jag) ** 2:
                    out[x, y] = rgba(shade)
    for _ in range(60):
        x, y = rng.randrange(4, 44), rng.randrange(4, 44)
        if out[x, y][3] and out[x, y][:3] != INK:
            out[x, y] = rgba(rng.choice((SLATE, DARK_SLATE, MID_GREEN)))
    out.outline(rgba(INK, 150))
    return out


def trunk(seed: int, ash: bool = False) -> Px:
    """A trunk base with roots and its shadow on the ground tile."""
    px = Px()
    px.rect(3, 11, 11, 3, rgba(INK, 140))  # shadow
    px.rect(5, 0, 6, 12, rgba(INK))
    px.rect(6, 0, 4, 12, rgba(DARK_BROWN))
    px.rect(6, 0, 1, 12, rgba(DARK_SLATE))
    for rx, ry in ((3, 11), (4, 10), (11, 10), (12, 11), (7, 12), (9, 12)):
        px[rx, ry] = rgba(DARK_BROWN)
    for y in range(1, 11, 3):
        px[8 + (y % 2), y] = rgba(INK)
    if ash:
        speckle(px, random.Random(seed), (GREY, SLATE), 6)
    return px


def bramble(seed: int) -> Px:
    """A low thorny bush that hides whoever crouches in it."""
    rng0 = random.Random(seed * 3)
    out = blob(TS, TS, 8 + rng0.uniform(-1, 1), 9, 7.5, 6 + rng0.uniform(-1, 1), BRAMBLE, seed, INK)
    for _ in range(4):  # thorny twigs poking out
        x, y = rng0.randrange(1, 15), rng0.randrange(1, 6)
        out.line(x, y, x + rng0.choice((-1, 1)), y + 3, rgba(DARK_BROWN))
    rng = random.Random(seed)
    for _ in range(6):
        x, y = rng.randrange(2, 14), rng.randrange(3, 14)
        if out[x, y][3]:
            out[x, y] = rgba(rng.choice((RUST, GREY)))
    return out


def thicket(seed: int) -> Px:
    """Impassable undergrowth at the forest's walls: a full tile of dark tangled brush."""
    px = ground((INK, NIGHT, DEEP_TEAL, DARK_GREEN), seed, (SLATE, DARK_BROWN), 0.08)
    rng = random.Random(seed)
    for _ in range(5):
        x, y = rng.randrange(0, 16), rng.randrange(0, 16)
        px.line(x, y, x + rng.randrange(-4, 5), y + rng.randrange(-4, 5), rgba(DARK_BROWN))
    return px


def ember_stump(frame: int) -> Px:
    """A burnt stump with glowing embers (three frames)."""
    px = shadow_under(rock(TS, TS, 21, (INK, DARK_BROWN, BROWN), INK), INK)
    rng = random.Random(40 + frame)
    for _ in range(5):
        x, y = rng.randrange(5, 11), rng.randrange(5, 10)
        px[x, y] = rgba(rng.choice((RED, ORANGE, AMBER)))
    px[7 + frame % 2, 6] = rgba(YELLOW)
    return px


def log() -> Px:
    """A fallen log, 3x1 tiles."""
    out = Px(3 * TS, TS)
    out.rect(1, 4, 46, 9, rgba(DARK_BROWN))
    out.rect(1, 5, 46, 2, rgba(BROWN))
    out.rect(1, 12, 46, 1, rgba(INK))
    for x in range(3, 45, 7):
        out.line(x, 8, x + 3, 10, rgba(INK))
    out.disc(2.5, 8.5, 4, rgba(CLAY))
    out.disc(2.5, 8.5, 2, rgba(BROWN))
    out.disc(45.5, 8.5, 4, rgba(DARK_BROWN))
    speckle(out, random.Random(3), (GREY, SLATE), 12)
    return shadow_under(out, INK)


def car(burnt: bool) -> Px:
    """An abandoned car seen from above, 3x2 tiles, nose to the right."""
    body = (INK, DARK_SLATE, SLATE) if burnt else (DARK_BROWN, CRIMSON, RUST)
    out = Px(3 * TS, 2 * TS)
    out.rect(3, 5, 42, 22, rgba(body[1]))
    out.rect(3, 5, 42, 2, rgba(body[2]))
    out.rect(3, 25, 42, 2, rgba(INK))
    out.rect(14, 8, 18, 16, rgba(body[0]))  # roof shadow
    out.rect(15, 9, 16, 14, rgba(body[1]))
    out.rect(11, 8, 3, 16, rgba(DARK_SLATE if not burnt else INK))  # back window
    out.rect(32, 8, 5, 16, rgba(SLATE if not burnt else INK))  # windscreen
    if not burnt:
        out.rect(33, 9, 2, 5, rgba(GREY))
    for wx in (8, 36):
        out.rect(wx, 3, 5, 2, rgba(INK))
        out.rect(wx, 27, 5, 2, rgba(INK))
    out[44, 8] = rgba(SAND)
    out[44, 23] = rgba(SAND)
    speckle(out, random.Random(7 if burnt else 8), (GREY, PALE_GREY), 30)
    return shadow_under(out, INK, 2)


GLYPHS = {
    "M": ("1000001", "1100011", "1010101", "1001001", "1000001", "1000001", "1000001"),
    "A": ("0011100", "0100010", "1000001", "1111111", "1000001", "1000001", "1000001"),
    "L": ("1000000", "1000000", "1000000", "1000000", "1000000", "1000000", "1111111"),
}


def mall_sign() -> Px:
    """The mall's sign on its posts, seen from the highway, 6x2 tiles: M-A-L-L, half the letters dead."""
    out = Px(6 * TS, 2 * TS)
    for px in (16, 76):
        out.rect(px, 17, 3, 15, rgba(DARK_SLATE))
        out.rect(px, 17, 1, 15, rgba(SLATE))
    out.rect(3, 1, 90, 17, rgba(INK))
    out.rect(3, 1, 90, 1, rgba(SLATE))
    out.rect(3, 17, 90, 1, rgba(DARK_SLATE))
    for i, (letter, lit) in enumerate((("M", True), ("A", False), ("L", True), ("L", False))):
        x0 = 16 + i * 18
        for gy, row in enumerate(GLYPHS[letter]):
            for gx, on in enumerate(row):
                if on == "1":
                    out[x0 + gx, 6 + gy] = rgba(HOT_PINK if lit else PLUM)
        if lit:  # a halo of buzz around the letters still on
            out.rect(x0 - 1, 5, 9, 1, rgba(PLUM))
            out.rect(x0 - 1, 13, 9, 1, rgba(PLUM))
    return out


def road_line() -> Px:
    """Asphalt with a faded dashed centre line."""
    px = textured(ground_tex(ROAD, 31, (SLATE,), 0.05))
    px.rect(2, 7, 9, 2, rgba(AMBER))
    px.rect(6, 7, 3, 1, rgba(SAND))
    return px


def crack(seed: int) -> Px:
    """Asphalt with a crack and weeds."""
    px = textured(ground_tex(ROAD, 33, (SLATE,), 0.05))
    rng = random.Random(seed)
    x, y = rng.randrange(0, 4), rng.randrange(3, 12)
    while x < TS:
        px[x, y] = rgba(INK)
        x += 1
        y = max(1, min(14, y + rng.choice((-1, 0, 0, 1))))
        if rng.random() < 0.15:
            px[x, y - 1] = rgba(DARK_GREEN)
    return px


def guardrail(vertical: bool) -> Px:
    """A bent steel guardrail."""
    px = Px()
    if vertical:
        px.rect(6, 0, 4, 16, rgba(SLATE))
        px.rect(6, 0, 1, 16, rgba(PALE_GREY))
        px.rect(9, 0, 1, 16, rgba(INK))
        px.rect(5, 6, 6, 3, rgba(DARK_SLATE))
    else:
        px.rect(0, 6, 16, 4, rgba(SLATE))
        px.rect(0, 6, 16, 1, rgba(PALE_GREY))
        px.rect(0, 9, 16, 1, rgba(INK))
        px.rect(6, 5, 3, 7, rgba(DARK_SLATE))
    return px


def ash_drift(seed: int) -> Px:
    """A small drift of pale ash on the grass (decor, drawn over the ground)."""
    px = Px()
    rng = random.Random(seed)
    cx, cy = rng.randrange(5, 11), rng.randrange(5, 11)
    for y in range(TS):
        for x in range(TS):
            d = ((x - cx) ** 2 + (y - cy) ** 2) ** 0.5 + (fbm(x, y, seed) - 0.5) * 5
            if d < 3.5:
                px[x, y] = rgba(pick((DARK_SLATE, SLATE, SLATE), fbm(x, y, seed + 1)))
    return px


def leaves(seed: int) -> Px:
    """Dead leaves and twigs (decor)."""
    px = Px()
    rng = random.Random(seed)
    for _ in range(7):
        x, y = rng.randrange(1, 15), rng.randrange(1, 15)
        c = rgba(rng.choice((RUST, BROWN, CLAY, DARK_BROWN)))
        px[x, y] = c
        px[x + 1, y] = c
    px.line(
        rng.randrange(2, 6),
        rng.randrange(2, 14),
        rng.randrange(9, 14),
        rng.randrange(2, 14),
        rgba(DARK_BROWN),
    )
    return px


def water_tex(frame: int):  # type: ignore[no-untyped-def]
    """Water that reads as water at night: a lighter surface than the ground around it (deep teal and blue),
    short ripple lines that drift with the frame, and the moon's reflection glinting on them."""

    def tex(x: int, y: int) -> tuple[int, int, int, int]:
        t = fbm(x + frame * 4, y + frame * 2, 61)
        ripple = (y + frame * 2) % 6 == 0 and hash01(x // 3, (y + frame * 2) // 6, 63 + frame) < 0.45
        if ripple:
            return rgba(SKY if t > 0.55 else BLUE)
        if t > 0.8:
            return rgba(PALE_GREY)  # a glint of reflected light
        return rgba(pick(WATER, t))

    return tex


def build() -> TileSet:
    """Declare every forest tile."""
    ts = TileSet("forest")
    for i in range(4):
        ts.add(f"grass_{i}", lambda i=i: grass(100 + i), step="grass")
    ts.add("dirt", lambda: ground(DIRT, 120, (DARK_SLATE,), 0.05), step="dirt")
    ts.corner_set(
        "path",
        speck_tex(DARK_BROWN, (BROWN, DARK_SLATE, SLATE), 0.05, 121, NIGHT),
        122,
        "#ff733e39",
        rim=rgba(NIGHT),
        variants=4,
        step="dirt",
    )
    ts.corner_set(
        "ash",
        ground_tex(ASH, 131, (GREY, DARK_SLATE), 0.02),
        132,
        "#ffc0cbdc",
        rough=0.7,
        variants=3,
        step="gravel",
    )
    frames = [
        ts.corner_set(
            f"water{f}" if f else "water", water_tex(f), 141, "#ff124e89", rough=0.35, rim=rgba(CLAY)
        )
        for f in range(3)
    ]
    for mask in range(1, 16):
        names = [fr[mask] for fr in frames]
        for name in names:
            if mask == 15:
                ts.tiles[ts.id(name)].props.update(solid=True)
        ts.animate(names[0], names, 450)
    ts.wangsets = [w for w in ts.wangsets if not w.name.startswith("water") or w.name == "water"]
    ts.corner_set(
        "asphalt", ground_tex(ROAD, 151, (SLATE,), 0.05), 152, "#ff262b44", rough=0.45, step="asphalt"
    )
    ts.add("road_line", road_line, step="asphalt")
    ts.add("road_crack_0", lambda: crack(1), step="asphalt")
    ts.add("road_crack_1", lambda: crack(2), step="asphalt")
    ts.add("rail_h", lambda: guardrail(False), solid=True)
    ts.add("rail_v", lambda: guardrail(True), solid=True)
    for i in range(3):
        ts.add(f"ash_drift_{i}", lambda i=i: ash_drift(170 + i))
        ts.add(f"leaves_{i}", lambda i=i: leaves(180 + i))
    for i in range(3):
        ts.add(f"bramble_{i}", lambda i=i: bramble(200 + i), cover=True, step="leaves")
    ts.add("rock_0", lambda: shadow_under(rock(TS, TS, 210, STONE, INK), INK), solid=True, blocks_sight=True)
    ts.add("rock_1", lambda: shadow_under(rock(TS, TS, 211, STONE, INK), INK), solid=True, blocks_sight=True)
    ts.add_big(
        "boulder",
        2,
        2,
        lambda: shadow_under(rock(32, 32, 212, STONE, INK), INK, 3),
        lambda x, y: {"solid": True, "blocks_sight": True, "blocks_air": True},
    )
    for i in range(2):
        ts.add(f"thicket_{i}", lambda i=i: thicket(230 + i), solid=True, blocks_sight=True, blocks_air=True)
    ts.add("trunk", lambda: trunk(220), solid=True, blocks_sight=True, blocks_air=True)
    ts.add("trunk_ash", lambda: trunk(221, True), solid=True, blocks_sight=True, blocks_air=True)
    ts.add_big("deadtop", 3, 3, dead_tree_canopy, lambda x, y: {})
    ts.add_big("pinetop", 3, 3, pine_canopy, lambda x, y: {"cover": True})
    ts.add_big("log", 3, 1, log, lambda x, y: {"solid": True})
    embers = [ts.add(f"embers_{f}", lambda f=f: ember_stump(f), solid=True) for f in range(3)]
    ts.animate(embers[0], embers, [260, 200, 320])
    ts.add_big("car", 3, 2, lambda: car(False), lambda x, y: {"solid": True, "blocks_sight": True})
    ts.add_big("carburnt", 3, 2, lambda: car(True), lambda x, y: {"solid": True, "blocks_sight": True})
    ts.add_big("mallsign", 6, 2, mall_sign, lambda x, y: {})
    return ts
