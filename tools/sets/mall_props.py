"""Painters for the mall's props and furniture, each in a reality (dim, worn) and a dream (bright) version."""

from __future__ import annotations

import itertools
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
    DEEP_TEAL,
    GREEN,
    GREY,
    INK,
    MID_GREEN,
    NIGHT,
    ORANGE,
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
from tools.pixel import TS, Px, hash01, rgba, speckle
from tools.sets.common import blob, shadow_under

RGB3 = tuple[int, int, int]


def rack(dream: bool) -> Px:
    """A clothes rack (2x1) with garments hanging."""
    out = Px(2 * TS, TS)
    out.rect(1, 6, 30, 2, rgba(GREY))
    colors = (ROSE, PEACH, SKY, WHITE, AMBER, GREEN) if dream else (PLUM, DARK_SLATE, RUST, NIGHT, DARK_BROWN)
    rng = random.Random(5 if dream else 6)
    for x in range(2, 30, 3):
        c = rng.choice(colors)
        out.rect(x, 4, 3, 9, rgba(c))
        out.rect(x, 4, 1, 9, rgba(INK))
    return shadow_under(out, INK)


def _garment(out: Px, pts: list[tuple[int, int]], width: int, color: RGB3, shade: RGB3) -> None:
    """A soft band of cloth along a polyline (a sleeve, a scarf, a trouser leg), shaded along its lower edge."""
    for (x0, y0), (x1, y1) in itertools.pairwise(pts):
        steps = max(abs(x1 - x0), abs(y1 - y0), 1)
        for i in range(steps + 1):
            x = round(x0 + (x1 - x0) * i / steps)
            y = round(y0 + (y1 - y0) * i / steps)
            out.rect(x - width // 2, y - width // 2, width, width, rgba(color))
            out.rect(x - width // 2, y + width - width // 2 - 1, width, 1, rgba(shade))


def heap(dream: bool) -> Px:
    """The heap of clothes (3x2): a mound of garments that reads as clothes at 640x360: a striped shirt spread
    on top, sleeves, a trouser leg, a long scarf, a hat, colours from the shops' racks, outlined."""
    if dream:
        base, mid, cols = PEACH, ROSE, (WHITE, SKY, YELLOW, ROSE, AMBER, GREEN)
    else:
        base, mid, cols = PLUM, NIGHT, (RUST, DEEP_TEAL, TAN, ROSE, AMBER, SLATE)
    out = blob(48, 32, 24, 18, 22, 13, (mid, base, base, cols[3]), 31, INK)
    rng = random.Random(32)
    # Underneath: a trouser leg and a coat tail spilling out, a sleeve hanging down the front.
    _garment(out, [(4, 25), (12, 28), (20, 29)], 4, cols[1], INK)
    _garment(out, [(30, 28), (38, 27), (45, 22)], 4, cols[2], DARK_BROWN)
    _garment(out, [(9, 16), (6, 21), (7, 27)], 4, cols[5], NIGHT)
    # On top: a striped shirt spread out, its sleeves flung wide.
    light = WHITE if dream else SAND
    for y in range(7, 22):
        for x in range(13, 34):
            if (x - 23) ** 2 / 100 + (y - 14) ** 2 / 49 < 1.0:
                out[x, y] = rgba(light if (y // 2) % 2 == 0 else cols[0])
    out.rect(21, 7, 5, 2, rgba(light))  # the collar
    out.put(23, 9, rgba(INK))
    _garment(out, [(14, 10), (8, 7), (4, 9)], 4, cols[0], INK)
    _garment(out, [(32, 10), (37, 6), (41, 4)], 4, cols[0], INK)
    # A long scarf across it all, its fringed end hanging over the edge.
    _garment(out, [(10, 22), (18, 21), (27, 24), (35, 21), (40, 17)], 3, cols[4], ORANGE)
    for fx in range(38, 43, 2):
        out.rect(fx, 14, 1, 3, rgba(cols[4]))
    # A hat on the top: brim and crown and band.
    out.rect(26, 4, 11, 2, rgba(BROWN if not dream else BLUE))
    out.rect(28, 0, 7, 4, rgba(DARK_BROWN if not dream else SKY))
    out.rect(28, 3, 7, 1, rgba(cols[3]))
    # A shoe, and a few folds and buttons.
    out.rect(36, 24, 5, 3, rgba(INK if not dream else PLUM))
    out.rect(36, 24, 2, 1, rgba(GREY))
    for _ in range(10):
        x, y = rng.randrange(6, 42), rng.randrange(10, 28)
        if out[x, y][3]:
            out[x, y] = rgba(INK if not dream else PLUM)
    out.outline(rgba(INK))
    return out


def mannequin(dream: bool) -> Px:
    """A mannequin; in the dream it wears a white dress."""
    px = Px()
    px.rect(4, 13, 8, 2, rgba(INK, 150))
    if dream:
        px.disc(8, 9, 6, rgba(WHITE))
        px.disc(8, 9, 4, rgba(PALE_GREY))
        px.disc(8, 4, 2.5, rgba(SKIN_LIGHT))
        px.rect(7, 6, 2, 2, rgba(WHITE))
    else:
        px.rect(7, 5, 3, 8, rgba(TAN))
        px.disc(8, 3, 2.5, rgba(SAND))
        px.rect(6, 6, 5, 1, rgba(CLAY))
    return px


def shelf(dream: bool, seed: int) -> Px:
    """A shop shelf full of boxes (or TVs)."""
    px = Px()
    px.rect(1, 2, 14, 12, rgba(DARK_SLATE))
    px.rect(1, 2, 14, 1, rgba(GREY))
    px.rect(1, 13, 14, 1, rgba(INK))
    rng = random.Random(seed)
    colors = (SKY, AMBER, ROSE, GREEN, WHITE) if dream else (NIGHT, DARK_BROWN, DARK_SLATE, PLUM)
    for x in range(2, 14, 4):
        if dream or rng.random() < 0.6:
            px.rect(x, 4 + rng.randrange(2), 3, 3, rgba(rng.choice(colors)))
        if dream or rng.random() < 0.5:
            px.rect(x, 9, 3, 3, rgba(rng.choice(colors)))
    return shadow_under(px, INK, 1)


def tv_shelf(frame: int) -> Px:
    """A shelf of TVs: dark in reality; lit and flickering in the dream (frames)."""
    px = Px()
    px.rect(1, 2, 14, 12, rgba(DARK_SLATE))
    for x in (2, 9):
        px.rect(x, 4, 5, 4, rgba(INK))
        if frame >= 0:
            c = (SKY, CYAN, WHITE)[(frame + x) % 3]
            px.rect(x + 1, 5, 3, 2, rgba(c))
    px.rect(1, 13, 14, 1, rgba(INK))
    return px


def counter(dream: bool) -> Px:
    """A shop or food-court counter."""
    px = Px()
    px.rect(0, 3, TS, 11, rgba(TAN if dream else DARK_BROWN))
    px.rect(0, 3, TS, 2, rgba(SAND if dream else BROWN))
    px.rect(0, 13, TS, 1, rgba(INK))
    return px


def table(dream: bool) -> Px:
    """A food-court table with two stools."""
    px = Px()
    px.disc(8, 8, 5, rgba(WHITE if dream else GREY))
    px.disc(8, 8, 3.5, rgba(PALE_GREY if dream else SLATE))
    px.disc(2, 8, 1.5, rgba(ROSE if dream else RUST))
    px.disc(14, 8, 1.5, rgba(ROSE if dream else RUST))
    if dream:
        px.disc(7, 7, 1, rgba(ORANGE))
    return shadow_under(px, INK, 1)


def fountain(dream: bool, frame: int) -> Px:
    """The atrium fountain (3x3): dry and cracked in reality; water sparkling in the dream (frames)."""
    out = Px(48, 48)
    out.disc(24, 24, 23, rgba(GREY))
    out.disc(24, 24, 21, rgba(PALE_GREY if dream else SLATE))
    out.disc(24, 24, 18, rgba(BLUE if dream else NIGHT))
    rng = random.Random(50 + frame)
    if dream:
        for _ in range(30):
            a, r = rng.random() * 6.28, rng.random() * 17
            x, y = 24 + r * __import__("math").cos(a), 24 + r * __import__("math").sin(a)
            out[int(x), int(y)] = rgba(rng.choice((SKY, CYAN, WHITE)))
        out.disc(24, 24, 3, rgba(WHITE))
    else:
        out.line(10, 20, 30, 34, rgba(INK))
        speckle(out, random.Random(51), (DARK_BROWN, DARK_SLATE, RUST), 40, True)
    return out


def plant(dream: bool) -> Px:
    """A potted plant: lush in the dream, dead in reality."""
    px = Px()
    px.rect(4, 10, 8, 5, rgba(CLAY if dream else DARK_BROWN))
    px.rect(4, 10, 8, 1, rgba(TAN if dream else BROWN))
    if dream:
        px.paste(blob(TS, 12, 8, 6, 6.5, 5.5, (DARK_GREEN, MID_GREEN, GREEN), 61, DARK_GREEN), 0, 0)
    else:
        for x0, x1 in ((8, 4), (8, 12), (8, 7)):
            px.line(x0, 10, x1, 3, rgba(DARK_BROWN))
    return px


def rubble(seed: int) -> Px:
    """Fallen ceiling and concrete (reality only, solid)."""
    out = blob(TS, TS, 8, 9, 7, 6, (INK, DARK_SLATE, SLATE, GREY), seed, INK)
    rng = random.Random(seed)
    for _ in range(4):
        x, y = rng.randrange(2, 14), rng.randrange(2, 14)
        out.line(x, y, x + 3, y + 1, rgba(RUST))
    return out


def hole() -> Px:
    """A hole where the floor gave way (reality only, solid): dark, with torn edges."""
    px = Px()
    px.rect(0, 0, TS, TS, rgba(INK))
    rng = random.Random(77)
    for x in range(TS):
        for y in (0, 1, TS - 2):
            if rng.random() < 0.5:
                px[x, y] = rgba(DARK_SLATE)
    px.line(2, 5, 9, 11, rgba(RUST))
    return px


def footprints(kind: int) -> Px:
    """The dream's glowing marks on the floor that lead on: arrows and a trail of light."""
    px = Px()
    c = rgba(ROSE)
    if kind == 0:
        for y in range(4, 12):
            w = 12 - y
            if w > 0:
                px.rect(8 - w // 2, y, max(1, w), 1, c)
        px.rect(7, 9, 2, 5, c)
    else:
        px.disc(5, 5, 1.5, c)
        px.disc(11, 11, 1.5, c)
        px[5, 5] = rgba(WHITE)
        px[11, 11] = rgba(WHITE)
    return px


def door(open_: bool) -> Px:
    """The door the dream shows where reality has a wall: warm light spilling through."""
    px = Px()
    px.rect(0, 0, TS, TS, rgba(AMBER if open_ else DARK_BROWN))
    px.rect(1, 1, TS - 2, TS - 2, rgba(YELLOW if open_ else BROWN))
    px.rect(7, 0, 2, TS, rgba(TAN))
    px[5, 8] = rgba(INK)
    px[10, 8] = rgba(INK)
    return px


def stairs(dream: bool) -> Px:
    """Stairs up to the roof (the way to the garden)."""
    px = Px()
    for y in range(0, TS, 4):
        px.rect(0, y, TS, 3, rgba(PALE_GREY if dream else SLATE))
        px.rect(0, y + 3, TS, 1, rgba(GREY if dream else INK))
    return px


def speaker(dream: bool) -> Px:
    """The broken speaker in the music shop (makes noise)."""
    px = shadow_under(Px(), INK)
    px.rect(3, 1, 10, 13, rgba(NIGHT))
    px.disc(8, 9, 3.5, rgba(DARK_SLATE))
    px.disc(8, 9, 1.5, rgba(AMBER if dream else INK))
    px.disc(8, 4, 1.5, rgba(SLATE))
    return px


def lamp_post() -> Px:
    """A car-park lamp post base (solid)."""
    px = Px()
    px.disc(8, 12, 3, rgba(INK, 150))
    px.rect(7, 0, 3, 12, rgba(GREY))
    px.rect(7, 0, 1, 12, rgba(PALE_GREY))
    return px


def lamp_head(lit: bool) -> Px:
    """The sodium lamp's head, drawn above the actors (two frames: a faint buzz flicker)."""
    px = Px()
    px.rect(3, 6, 10, 4, rgba(DARK_SLATE))
    px.rect(4, 9, 8, 2, rgba(ORANGE if lit else AMBER))
    px.rect(7, 10, 3, 6, rgba(GREY))
    return px


def sodium_pool() -> Px:
    """A pool of orange sodium light on the asphalt (3x3 decor)."""
    out = Px(48, 48)
    for y in range(48):
        for x in range(48):
            d = ((x + 0.5 - 24) ** 2 + (y + 0.5 - 24) ** 2) ** 0.5
            if d < 23.5 and hash01(x, y, 91) < max(0.0, 1.0 - d / 24) ** 1.2:
                out[x, y] = rgba(RUST if d > 15 else (CLAY if d > 8 else ORANGE), 170)
    return out


def parking_line(vertical: bool) -> Px:
    """A faded parking-bay line."""
    px = Px()
    if vertical:
        px.rect(7, 0, 2, TS, rgba(PALE_GREY, 150))
    else:
        px.rect(0, 7, TS, 2, rgba(PALE_GREY, 150))
    return px


def hedge(seed: int) -> Px:
    """A low planter hedge (cover, walkable)."""
    px = Px()
    px.rect(0, 10, TS, 6, rgba(GREY))
    px.rect(0, 10, TS, 1, rgba(PALE_GREY))
    px.paste(blob(TS, 14, 8, 7, 8.5, 6.5, (INK, DEEP_TEAL, DARK_GREEN), seed, INK), 0, 0)
    return px


def car(vertical: bool, color: tuple[int, int, int]) -> Px:
    """A parked car seen from above: 2x3 tiles nose down (vertical) or 3x2 nose right."""
    w, h = (32, 48) if vertical else (48, 32)
    out = Px(w, h)
    body = (color, tuple(max(0, c - 40) for c in color))
    if vertical:
        out.rect(5, 3, 22, 42, rgba(body[0]))
        out.rect(8, 14, 16, 18, rgba(body[1]))
        out.rect(8, 32, 16, 5, rgba(SLATE))
        out.rect(8, 10, 16, 4, rgba(DARK_SLATE))
    else:
        out.rect(3, 5, 42, 22, rgba(body[0]))
        out.rect(14, 8, 18, 16, rgba(body[1]))
        out.rect(32, 8, 5, 16, rgba(SLATE))
        out.rect(10, 8, 4, 16, rgba(DARK_SLATE))
    speckle(out, random.Random(sum(color)), (GREY, SLATE), 25)
    return shadow_under(out, INK, 2)


def trolleys() -> Px:
    """A tangle of shopping trolleys (solid)."""
    px = Px()
    for k in range(3):
        px.rect(2 + k * 3, 3 + k * 2, 8, 6, rgba(GREY))
        px.rect(3 + k * 3, 4 + k * 2, 6, 4, rgba(DARK_SLATE))
    return px


def awning(dream: bool, x: int) -> Px:
    """A striped shop awning (drawn above, gives cover)."""
    px = Px()
    stripes = (ROSE, WHITE) if dream else (PLUM, DARK_SLATE)
    for xx in range(TS):
        px.rect(xx, 0, 1, 12, rgba(stripes[((xx + x * TS) // 4) % 2]))
    px.rect(0, 11, TS, 1, rgba(INK))
    return px


def fluoro(frame: int) -> Px:
    """Fluorescent light falling on the floor from a tube that still works (flickers now and then)."""
    px = Px()
    if frame == 0:
        for y in range(TS):
            for x in range(TS):
                if hash01(x, y, 471) < 0.35:
                    px[x, y] = rgba(CYAN, 60)
        px.rect(2, 7, 12, 2, rgba(PALE_GREY, 90))
    return px


def debris(seed: int) -> Px:
    """Paper, glass and dust on the floor (reality decor)."""
    px = Px()
    rng = random.Random(seed)
    for _ in range(5):
        x, y = rng.randrange(1, 14), rng.randrange(1, 14)
        px.rect(x, y, 2, 1, rgba(rng.choice((PALE_GREY, GREY, TAN, CYAN))))
    return px
