"""The fantasy tileset: the dream seen through the camcorder (warm pastels, flowers, a wedding garden, a small
home) and, under it, what is really there (a grey roof garden in ruins). Dream tiles are warm; real ones grey.
"""

from __future__ import annotations

import math
import random

from game.render.palette import (
    AMBER,
    BLUE,
    BROWN,
    CLAY,
    CYAN,
    DARK_BROWN,
    DARK_GREEN,
    DARK_SLATE,
    GREEN,
    GREY,
    INK,
    MID_GREEN,
    NIGHT,
    PALE_GREY,
    PEACH,
    PLUM,
    ROSE,
    RUST,
    SAND,
    SKIN_LIGHT,
    SKY,
    SLATE,
    TAN,
    WHITE,
    YELLOW,
)
from tools.pixel import TS, Px, fbm, hash01, pick, rgba, speckle, textured
from tools.sets.common import blob, ground_tex, shadow_under, speck_tex, tufts
from tools.tilekit import TileSet

MEADOW = (MID_GREEN, GREEN, GREEN, GREEN)
GRAVEL = (DARK_SLATE, SLATE, SLATE, GREY)


def meadow(seed: int) -> Px:
    """Sunny grass with a few yellow flecks."""
    px = textured(ground_tex(MEADOW, seed, (YELLOW, SAND), 0.025))
    return tufts(px, random.Random(seed), (MID_GREEN, SAND), 1)


def gravel(seed: int) -> Px:
    """The roof garden's gravel, as it really is."""
    return textured(ground_tex(GRAVEL, seed, (PALE_GREY, INK), 0.05))


def flowers(frame: int, seed: int, dream: bool) -> Px:
    """A patch of flowers swaying (two frames); in reality, dry weeds."""
    px = Px()
    rng = random.Random(seed)
    colors = (ROSE, YELLOW, WHITE, PEACH, SKY) if dream else (DARK_BROWN, SLATE)
    for _ in range(4 if dream else 3):
        x, y = rng.randrange(3, 13), rng.randrange(5, 14)
        sway = (frame if x % 2 else -frame) if dream else 0
        px.line(x, y + 2, x + sway, y - 1, rgba(DARK_GREEN if dream else DARK_BROWN))
        if not dream:
            continue
        c = rgba(rng.choice(colors))
        fx, fy = x + sway, y - 2
        for dx, dy in ((0, -1), (1, 0), (0, 1), (-1, 0)):
            px[fx + dx, fy + dy] = c
        px[fx, fy] = rgba(YELLOW if c[:3] != YELLOW else AMBER)
    return px


def sunflower(frame: int) -> Px:
    """Her sunflower in the vegetable patch (two frames: the head nods): a tall stem, two leaves, a wide
    yellow head with a brown heart, outlined so it reads at a glance between the rows of green."""
    px = Px()
    sway = frame
    px.line(8, 15, 8, 9, rgba(DARK_GREEN))
    px.line(7 + sway, 8, 8, 9, rgba(DARK_GREEN))
    for x0, y0, dx in ((7, 12, -1), (9, 10, 1)):  # a leaf each side, pointing out and up
        px[x0 + dx, y0] = rgba(MID_GREEN)
        px[x0 + 2 * dx, y0] = rgba(MID_GREEN)
        px[x0 + 2 * dx, y0 - 1] = rgba(GREEN)
        px[x0 + 3 * dx, y0 - 1] = rgba(GREEN)
    cx, cy = 7.5 + sway, 5.0
    px.disc(cx, cy, 4.6, rgba(AMBER))
    px.disc(cx, cy, 3.8, rgba(YELLOW))
    px.disc(cx, cy, 2.0, rgba(BROWN))
    px[int(cx), int(cy) - 1] = rgba(DARK_BROWN)
    px[int(cx) + 1, int(cy)] = rgba(DARK_BROWN)
    px.outline(rgba(DARK_BROWN))
    return px


def butterfly(frame: int) -> Px:
    """A butterfly crossing the tile (frames move it)."""
    px = Px()
    x, y = 3 + frame * 3, 6 + (frame % 2) * 2
    wing = 2 if frame % 2 else 1
    px.rect(x - wing, y, wing, 2, rgba(PEACH))
    px.rect(x + 1, y, wing, 2, rgba(PEACH))
    px[x, y] = rgba(INK)
    px[x, y + 1] = rgba(INK)
    return px


def water_tex(frame: int):  # type: ignore[no-untyped-def]
    """Clear pond water with moving sparkles."""

    def tex(x: int, y: int) -> tuple[int, int, int, int]:
        if hash01((x + frame * 5) % 16, (y + frame * 3) % 16, 611) < 0.04:
            return rgba(WHITE)
        return rgba(pick((BLUE, SKY, SKY, CYAN), fbm(x + frame * 2, y, 612)))

    return tex


def blossom_crown(dream: bool) -> Px:
    """A tree crown, 3x3: pink blossom in the dream, bare and grey in reality."""
    if dream:
        out = blob(48, 48, 24, 24, 22, 20, (PLUM, ROSE, PEACH, SKIN_LIGHT), 71, PLUM)
        rng = random.Random(72)
        for _ in range(50):
            x, y = rng.randrange(4, 44), rng.randrange(4, 44)
            if out[x, y][3]:
                out[x, y] = rgba(rng.choice((WHITE, PEACH)))
        return out
    out = Px(48, 48)
    rng = random.Random(73)
    for _ in range(8):
        a = rng.random() * math.tau
        ex, ey = 24 + math.cos(a) * 18, 30 + math.sin(a) * 16
        out.line(24, 40, int(ex), int(ey), rgba(DARK_SLATE))
    return out


def trunk(dream: bool) -> Px:
    """A tree trunk in its bed (a concrete planter in reality)."""
    px = Px()
    if not dream:
        px.rect(1, 4, 14, 11, rgba(GREY))
        px.rect(2, 5, 12, 9, rgba(DARK_SLATE))
    px.rect(4, 12, 9, 2, rgba(INK, 120))
    px.rect(6, 0, 4, 13, rgba(BROWN if dream else DARK_BROWN))
    px.rect(6, 0, 1, 13, rgba(CLAY if dream else SLATE))
    return px


def hedge(dream: bool, seed: int) -> Px:
    """A trimmed hedge (dream) or a dead planter box (reality)."""
    ramp = (DARK_GREEN, MID_GREEN, GREEN) if dream else (INK, DARK_SLATE, SLATE)
    return shadow_under(blob(TS, TS, 8, 8, 7.5, 7, ramp, seed, DARK_GREEN if dream else INK), INK, 1)


def fence(dream: bool) -> Px:
    """A white picket fence (dream) or a bent railing (reality)."""
    px = Px()
    c = WHITE if dream else GREY
    px.rect(0, 6, TS, 2, rgba(c))
    for x in (2, 7, 12):
        px.rect(x, 2, 2, 11, rgba(c))
        px[x, 2] = rgba(PALE_GREY)
    px.rect(0, 13, TS, 1, rgba(INK, 100))
    return px


def arch(dream: bool) -> Px:
    """The wedding arch (3x2): a hoop of flowers over the aisle (above the actors)."""
    out = Px(48, 32)
    for a in range(0, 181, 3):
        r = math.radians(a)
        x, y = 24 - math.cos(r) * 20, 30 - math.sin(r) * 26
        if dream:
            out.disc(x, y, 3, rgba((ROSE, WHITE, PEACH, YELLOW)[a // 3 % 4]))
        else:
            out.disc(x, y, 1.5, rgba(RUST))
    return out


def chair(dream: bool) -> Px:
    """A guest chair (white in the dream; a toppled plastic chair in reality)."""
    px = Px()
    c = WHITE if dream else SLATE
    px.rect(4, 4, 8, 8, rgba(c))
    px.rect(4, 2, 8, 2, rgba(PALE_GREY if dream else DARK_SLATE))
    if dream:
        px.rect(4, 11, 8, 1, rgba(ROSE))
    return shadow_under(px, INK, 1)


def runner(dream: bool) -> Px:
    """The aisle runner, strewn with petals."""
    px = Px()
    px.rect(3, 0, 10, TS, rgba(WHITE if dream else DARK_SLATE))
    if dream:
        speckle(px, random.Random(81), (ROSE, PEACH), 6)
    return px


def altar(dream: bool) -> Px:
    """The little table under the arch (with a cake in the dream)."""
    px = Px()
    px.rect(1, 5, 14, 8, rgba(WHITE if dream else GREY))
    if dream:
        px.rect(5, 1, 6, 6, rgba(SKIN_LIGHT))
        px.rect(5, 1, 6, 1, rgba(WHITE))
        px[8, 0] = rgba(AMBER)
    return shadow_under(px, INK, 1)


def wood_floor(dream: bool) -> Px:
    """The home's floorboards (warm) or bare roof concrete (reality)."""
    if not dream:
        return textured(speck_tex(DARK_SLATE, (SLATE,), 0.04, 91))
    px = Px()
    for y in range(TS):
        for x in range(TS):
            plank = (y // 4 + (x // 8) * 2) % 3
            c = (TAN, SAND, TAN)[plank]
            if y % 4 == 3:
                c = CLAY
            px[x, y] = c
    return px


def home_wall(mask: int, dream: bool) -> Px:
    """A home wall seen from above (edge autotiled); the south side shows its face."""
    top, face = (PEACH, SKIN_LIGHT) if dream else (SLATE, DARK_SLATE)
    px = Px()
    px.rect(0, 0, TS, TS, rgba(top))
    if not mask & 4:
        px.rect(0, TS - 6, TS, 6, rgba(face))
        px.rect(0, TS - 1, TS, 1, rgba(INK))
    if not mask & 1:
        px.rect(0, 0, TS, 1, rgba(WHITE if dream else GREY))
    if not mask & 2:
        px.rect(TS - 1, 0, 1, TS, rgba(CLAY if dream else INK))
    if not mask & 8:
        px.rect(0, 0, 1, TS, rgba(WHITE if dream else GREY))
    return px


def bed(dream: bool) -> Px:
    """A double bed (2x2), made, with two pillows."""
    out = Px(32, 32)
    out.rect(2, 2, 28, 28, rgba(TAN if dream else DARK_BROWN))
    out.rect(3, 10, 26, 19, rgba(SKY if dream else DARK_SLATE))
    out.rect(4, 3, 11, 6, rgba(WHITE if dream else GREY))
    out.rect(17, 3, 11, 6, rgba(WHITE if dream else GREY))
    out.rect(3, 10, 26, 2, rgba(WHITE if dream else SLATE))
    return shadow_under(out, INK, 1)


def kitchen(dream: bool) -> Px:
    """A kitchen counter with a kettle."""
    px = Px()
    px.rect(0, 2, TS, 12, rgba(WHITE if dream else GREY))
    px.rect(0, 2, TS, 2, rgba(PALE_GREY if dream else SLATE))
    if dream:
        px.disc(8, 7, 2.5, rgba(ROSE))
    return px


def table(dream: bool) -> Px:
    """A small table (breakfast for two in the dream)."""
    px = Px()
    px.rect(1, 3, 14, 10, rgba(CLAY if dream else DARK_BROWN))
    px.rect(1, 3, 14, 2, rgba(TAN if dream else BROWN))
    if dream:
        px.disc(5, 8, 2, rgba(WHITE))
        px.disc(11, 8, 2, rgba(WHITE))
        px[5, 8] = rgba(YELLOW)
    return shadow_under(px, INK, 1)


def stool(dream: bool) -> Px:
    """A kitchen chair."""
    px = Px()
    px.disc(8, 8, 4, rgba(ROSE if dream else SLATE))
    return shadow_under(px, INK, 1)


def bench(dream: bool) -> Px:
    """A park bench by the pond (for growing old on)."""
    px = Px()
    px.rect(0, 5, TS, 6, rgba(CLAY if dream else DARK_BROWN))
    for y in (6, 8):
        px.rect(0, y, TS, 1, rgba(TAN if dream else BROWN))
    px.rect(1, 11, 2, 3, rgba(INK))
    px.rect(13, 11, 2, 3, rgba(INK))
    return px


def bridge(dream: bool) -> Px:
    """Planks across the water."""
    px = Px()
    for y in range(0, TS, 4):
        px.rect(0, y, TS, 3, rgba(TAN if dream else SLATE))
        px.rect(0, y + 3, TS, 1, rgba(CLAY if dream else INK))
    px.rect(0, 0, 1, TS, rgba(BROWN if dream else DARK_SLATE))
    px.rect(TS - 1, 0, 1, TS, rgba(BROWN if dream else DARK_SLATE))
    return px


def door(dream: bool) -> Px:
    """The home's front door, open."""
    px = wood_floor(dream)
    px.rect(0, 0, TS, 3, rgba(CLAY if dream else INK))
    return px


def old_tree(dream: bool) -> Px:
    """The great old tree on the hill (crown 5x5, drawn above)."""
    if dream:
        out = blob(80, 80, 40, 40, 38, 34, (DARK_GREEN, MID_GREEN, GREEN, YELLOW), 91, DARK_GREEN)
        rng = random.Random(92)
        for _ in range(40):
            x, y = rng.randrange(6, 74), rng.randrange(6, 74)
            if out[x, y][3]:
                out[x, y] = rgba(rng.choice((YELLOW, SAND)))
        return out
    out = Px(80, 80)
    rng = random.Random(93)
    for _ in range(12):
        a = rng.random() * math.tau
        out.line(40, 64, int(40 + math.cos(a) * 34), int(40 + math.sin(a) * 30), rgba(DARK_SLATE))
    return out


def build() -> TileSet:
    """Declare every fantasy tile."""
    ts = TileSet("fantasy")
    for i in range(3):
        ts.add(f"meadow_{i}", lambda i=i: meadow(700 + i), step="grass")
        ts.add(f"gravel_{i}", lambda i=i: gravel(710 + i), step="gravel")
    ts.corner_set("sand", speck_tex(SAND, (TAN, WHITE), 0.05, 720, TAN), 721, "#ffead4aa", rough=0.45, variants=2,
                  rim=rgba(TAN), step="gravel")  # fmt: skip
    ts.corner_set("slab", speck_tex(SLATE, (GREY, DARK_SLATE), 0.06, 722), 723, "#ff5a6988", rough=0.2, variants=2,
                  rim=rgba(DARK_SLATE), step="tile")  # fmt: skip
    frames = [ts.corner_set(f"pond{f}" if f else "pond", water_tex(f), 731, "#ff0099db", rough=0.4, rim=rgba(WHITE))
              for f in range(3)]  # fmt: skip
    for mask in range(1, 16):
        names = [fr[mask] for fr in frames]
        if mask == 15:
            for name in names:
                ts.tiles[ts.id(name)].props.update(solid=True)
        ts.animate(names[0], names, 380)
    ts.wangsets = [w for w in ts.wangsets if not w.name.startswith("pond") or w.name == "pond"]
    ts.corner_set(
        "tank", speck_tex(NIGHT, (DARK_SLATE,), 0.05, 741), 742, "#ff262b44", rough=0.3, rim=rgba(GREY)
    )
    ts.tiles[ts.id("tank_15")].props.update(solid=True)
    for i in range(4):
        fl = [ts.add(f"flowers_{i}_{f}", lambda i=i, f=f: flowers(f, 750 + i, True)) for f in range(2)]
        ts.animate(fl[0], fl, [700 + 90 * i, 700 + 70 * i])
        ts.add(f"weeds_{i}", lambda i=i: flowers(0, 760 + i, False))
    bf = [ts.add(f"butterfly_{f}", lambda f=f: butterfly(f)) for f in range(4)]
    ts.animate(bf[0], bf, 160)
    for dream in (False, True):
        d = "d" if dream else "r"
        ts.add(f"trunk_{d}", lambda dr=dream: trunk(dr), solid=True, blocks_sight=True)
        ts.add_big(f"crown_{d}", 3, 3, lambda dr=dream: blossom_crown(dr), lambda x, y: {})
        ts.add_big(f"oldtree_{d}", 5, 5, lambda dr=dream: old_tree(dr), lambda x, y: {})
        for i in range(2):
            ts.add(f"hedge_{d}{i}", lambda dr=dream, i=i: hedge(dr, 770 + i), solid=True)
        ts.add(f"fence_{d}", lambda dr=dream: fence(dr), solid=True)
        ts.add_big(f"arch_{d}", 3, 2, lambda dr=dream: arch(dr), lambda x, y: {})
        ts.add(f"chair_{d}", lambda dr=dream: chair(dr), solid=True)
        ts.add(f"runner_{d}", lambda dr=dream: runner(dr), step="carpet")
        ts.add(f"altar_{d}", lambda dr=dream: altar(dr), solid=True)
        ts.add(f"floor_{d}", lambda dr=dream: wood_floor(dr), step="wood", roof=True)
        for mask in range(16):
            ts.add(
                f"wall_{d}{mask}", lambda dr=dream, m=mask: home_wall(m, dr), solid=True, blocks_sight=True
            )
        ts.add_big(f"bed_{d}", 2, 2, lambda dr=dream: bed(dr), lambda x, y: {"solid": True})
        ts.add(f"kitchen_{d}", lambda dr=dream: kitchen(dr), solid=True)
        ts.add(f"table_{d}", lambda dr=dream: table(dr), solid=True)
        ts.add(f"stool_{d}", lambda dr=dream: stool(dr), solid=True)
        ts.add(f"bench_{d}", lambda dr=dream: bench(dr), solid=True)
        ts.add(f"bridge_{d}", lambda dr=dream: bridge(dr), step="wood")
        ts.add(f"door_{d}", lambda dr=dream: door(dr), step="wood", roof=True)
    ts.add("hedge_border", lambda: hedge(True, 779), solid=True, blocks_sight=True, blocks_air=True)
    ts.add("rail_border", lambda: fence(False), solid=True, blocks_sight=True, blocks_air=True)
    # Added last so that no earlier tile's id moves.
    sf = [ts.add(f"sunflower_{f}", lambda f=f: sunflower(f)) for f in range(2)]
    ts.animate(sf[0], sf, [1300, 1100])
    return ts
