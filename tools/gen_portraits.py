"""Dialogue portraits (32x32 busts, one per story expression each), drawn as half-templates mirrored into faces."""

from __future__ import annotations

import pygame

from game.render import palette as pal
from game.story.model import EXPRESSIONS
from tools.gen_common import outline, px, stamp, surface

PW = PH = 32

# Left halves (16 columns); the right half is the mirror. Letters as in COLORS below.
DAL_HALF = [
    "..........kkkkhh",
    "........kkhhhhHH",
    ".......khhhhHHHh",
    "......khhHHhhhhh",
    "......khHhhhhhhh",
    ".....khhhhhhhhhh",
    ".....khhhhhhhshh",
    ".....khhhhhhsshh",
    ".....khhshhssssh",
    ".....khsssssssss",
    ".....kssssssssss",
    ".....kssssssssss",
    ".....sssssssssss",
    ".....Sssssssssss",
    "......Ssssssssss",
    "......Ssssssssss",
    ".......Sssssssss",
    ".......Sssssssss",
    "........Ssssssss",
    ".........Sssssss",
    "..........SSssss",
    "...........SSSss",
    "...........SSSSS",
    "..........cccSSS",
    ".......cccccccnn",
    ".....ccCccccccnn",
    "....cCCcppcccccn",
    "...cCCccppcccccn",
    "...cCcccppccccdc",
    "..cCccccppccccdc",
    "..cCccccppccccdc",
    "..cccccccccccccd",
]

BYEOL_HALF = [
    "..........kkkkkk",
    "........kkhhhhhH",
    ".......khhhhHHHH",
    "......khhhHHhhhh",
    ".....khhHHhhhhhh",
    ".....khhhhhhhhhh",
    ".....khhhhhhhhhh",
    "....khhhhhhhhhhh",
    "....khhhhshhhhhh",
    "....khhhsssshhss",
    "....khhsssssssss",
    "....khhsssssssss",
    "....khhsssssssss",
    "....khhsssssssss",
    "....khhsssssssss",
    "....khhhssssssss",
    "....khhhssssssss",
    "....khhhSsssssss",
    "....khhhhSssssss",
    "....khhhhhSSssss",
    "....khhhhhhhSSss",
    "....khhhhhhhhhSS",
    "....khhhhhhhyyyy",
    "....khhhhyYYYYYY",
    "....khhcyYYYYyyy",
    "....khhcCyyyyycc",
    "...kkhcCCcccccco",
    "...khcCCcccccccc",
    "...kcCCcccccccco",
    "..kcCCcccccccccc",
    "..cCCccccccccccc",
    "..cCcccccccccccc",
]

COLORS = {
    "dal": {
        "H": pal.SLATE,
        "h": pal.NIGHT,
        "k": pal.INK,
        "c": pal.SLATE,
        "C": pal.GREY,
        "d": pal.DARK_SLATE,
        "n": pal.NIGHT,
        "p": pal.BROWN,
    },
    "byeol": {
        "H": pal.CLAY,
        "h": pal.BROWN,
        "k": pal.DARK_BROWN,
        "c": pal.RED,
        "C": pal.PEACH,
        "d": pal.CRIMSON,
        "y": pal.AMBER,
        "Y": pal.YELLOW,
        "o": pal.CRIMSON,
    },
}
SKIN = {"s": pal.SKIN_LIGHT, "S": pal.SKIN_MID}


def mirrored(half: list[str]) -> list[str]:
    """Full 32-column rows from left halves; the far right columns of skin fall into shade."""
    rows = []
    for row in half:
        right = row[::-1]
        right = right[:8] + right[8:].replace("s", "S")
        rows.append(row + right)
    return rows


def _eyes(surf: pygame.Surface, expr: str, ex: int, eye_y: int) -> None:
    """One eye (``ex`` is its left column) for one expression."""
    ink = pal.INK
    if expr in ("smile", "laugh"):  # closed, curved up
        px(surf, ink, ex, eye_y + 1)
        px(surf, ink, ex + 1, eye_y)
        px(surf, ink, ex + 2, eye_y + 1)
    elif expr in ("tender", "tired"):  # lids half down: a lid line over the lower half
        for dx in range(3):
            px(surf, pal.SKIN_MID, ex + dx, eye_y)
            px(surf, ink, ex + dx, eye_y + 1)
        if expr == "tender":
            px(surf, pal.WHITE, ex + 1, eye_y + 1)  # still a glint: looking at someone
    elif expr == "sad":  # looking down, the glint low
        for dx in range(3):
            px(surf, ink, ex + dx, eye_y)
            px(surf, ink, ex + dx, eye_y + 1)
        px(surf, pal.SKY, ex + 1, eye_y + 1)
    else:
        for dx in range(3):
            px(surf, ink, ex + dx, eye_y)
            px(surf, ink, ex + dx, eye_y + 1)
        px(surf, pal.WHITE, ex + 1, eye_y)  # catch-light


def _brow(surf: pygame.Surface, expr: str, brow: tuple[int, int, int], ex: int, eye_y: int) -> None:
    """One brow over the eye at ``ex``."""
    inner = ex + 2 if ex < 16 else ex
    outer = ex if ex < 16 else ex + 2
    mid = ex + 1
    if expr in ("worried", "sad", "tired"):  # inner ends raised
        px(surf, brow, inner, eye_y - 3)
        px(surf, brow, mid, eye_y - 2)
        px(surf, brow, outer, eye_y - 2)
    elif expr == "determined":  # inner ends pulled down
        px(surf, brow, outer, eye_y - 3)
        px(surf, brow, mid, eye_y - 2)
        px(surf, brow, inner, eye_y - 1)
    elif expr == "laugh":  # raised high
        for dx in range(3):
            px(surf, brow, ex + dx, eye_y - 3)
    else:
        for dx in range(3):
            px(surf, brow, ex + dx, eye_y - 2)


def _mouth(surf: pygame.Surface, expr: str, mouth_y: int) -> None:
    """The mouth for one expression."""
    if expr == "smile":
        for x in range(14, 18):
            px(surf, pal.BROWN, x, mouth_y)
        px(surf, pal.BROWN, 13, mouth_y - 1)
        px(surf, pal.BROWN, 18, mouth_y - 1)
    elif expr == "laugh":  # open wide
        for x in range(14, 18):
            px(surf, pal.BROWN, x, mouth_y - 1)
            px(surf, pal.CRIMSON, x, mouth_y)
        px(surf, pal.BROWN, 13, mouth_y - 1)
        px(surf, pal.BROWN, 18, mouth_y - 1)
        px(surf, pal.BROWN, 15, mouth_y + 1)
        px(surf, pal.BROWN, 16, mouth_y + 1)
        px(surf, pal.ROSE, 15, mouth_y)  # tongue
    elif expr == "tender":  # a small closed smile
        for x in range(15, 17):
            px(surf, pal.BROWN, x, mouth_y)
        px(surf, pal.BROWN, 14, mouth_y - 1)
        px(surf, pal.BROWN, 17, mouth_y - 1)
    elif expr in ("worried", "sad"):
        for x in range(15, 17):
            px(surf, pal.BROWN, x, mouth_y)
        px(surf, pal.BROWN, 14, mouth_y + 1)
        px(surf, pal.BROWN, 17, mouth_y + 1)
    elif expr == "tired":  # slack, a little open
        for x in range(14, 18):
            px(surf, pal.CLAY, x, mouth_y)
        px(surf, pal.BROWN, 15, mouth_y + 1)
        px(surf, pal.BROWN, 16, mouth_y + 1)
    elif expr == "determined":  # pressed tight
        for x in range(13, 19):
            px(surf, pal.BROWN, x, mouth_y)
    else:
        for x in range(14, 18):
            px(surf, pal.CLAY, x, mouth_y)


def features(surf: pygame.Surface, who: str, expr: str) -> None:
    """Brows, eyes and mouth (and Dal's plaster, Byeol's blush) for one expression."""
    brow = pal.INK if who == "dal" else pal.DARK_BROWN
    eye_y = 12 if who == "dal" else 13
    mouth_y = 18 if who == "dal" else 19
    for ex in (10, 19):
        _eyes(surf, expr, ex, eye_y)
        _brow(surf, expr, brow, ex, eye_y)
    _mouth(surf, expr, mouth_y)
    px(surf, pal.SKIN_MID, 16, mouth_y - 3)  # nose
    px(surf, pal.SKIN_MID, 17, mouth_y - 2)
    if who == "dal":
        for x, y in ((21, 15), (22, 15), (21, 16), (22, 16)):
            px(surf, pal.TAN, x, y)  # the plaster on his cheek
        px(surf, pal.CLAY, 22, 16)
    if who == "byeol" or expr in ("tender", "laugh"):  # Dal only blushes when he lets go
        for x in (10, 11, 19, 20) if who == "dal" else (10, 11, 20, 21):
            px(surf, pal.PEACH, x, eye_y + 3)
    if expr == "sad":  # a tear under the left eye
        px(surf, pal.SKY, 10, eye_y + 2)
        px(surf, pal.CYAN, 10, eye_y + 3)
    if expr == "tired":  # shadows under the eyes
        for x in (10, 11, 12, 19, 20, 21):
            px(surf, pal.SKIN_MID, x, eye_y + 2)


OUTFIT_COLORS: dict[str, dict[str, dict[str, tuple[int, int, int]]]] = {
    # The heap's loud coat (sequins) and curtain cape (hooks), and the wedding's cleaned-up jacket and white
    # dress: the colours of tools/gen_sprite_looks.py's OUTFITS, on the bust.
    "dal": {
        "heap": {"c": pal.AMBER, "C": pal.YELLOW, "d": pal.ORANGE},
        "wedding": {"c": pal.DARK_SLATE, "C": pal.SLATE, "d": pal.NIGHT, "n": pal.INK},
    },
    "byeol": {
        "heap": {"c": pal.BLUE, "C": pal.SKY, "d": pal.DEEP_TEAL, "o": pal.DEEP_TEAL},
        "wedding": {"c": pal.PALE_GREY, "C": pal.WHITE, "d": pal.GREY, "o": pal.GREY, "y": pal.PALE_GREY,
                    "Y": pal.WHITE},
    },
}  # fmt: skip
OUTFITS = ("heap", "heap_hat", "wedding")
"""The outfits with their own portraits (as the sprites' outfits): a row each per character."""


def _hat(surf: pygame.Surface) -> None:
    """The heap's feathered hat, on top of the hair."""
    for y in range(0, 4):
        for x in range(10, 22):
            px(surf, pal.HOT_PINK, x, y)
    for x in range(10, 22):
        px(surf, pal.YELLOW, x, 3)  # the band
    for x in range(6, 26):
        px(surf, pal.PLUM, x, 4)  # the brim
    for x, y in ((22, 0), (23, 0), (24, 1), (25, 1)):
        px(surf, pal.CYAN, x, y)  # the feather
    px(surf, pal.GREEN, 24, 2)


def _outfit_extras(surf: pygame.Surface, who: str, outfit: str) -> None:
    """What an outfit adds over the recoloured clothes: sequins, hooks, a shirt and bow, a veil, the hat."""
    if outfit.startswith("heap") and who == "dal":
        for x, y in ((6, 28), (9, 26), (11, 30), (20, 29), (23, 27), (26, 30), (8, 31), (24, 31)):
            px(surf, pal.WHITE, x, y)  # sequins, catching the light
    elif outfit.startswith("heap"):
        for x in range(5, 27, 3):
            px(surf, pal.YELLOW, x, 25 if 8 <= x <= 23 else 27)  # the curtain's hooks
    elif outfit == "wedding" and who == "dal":
        for y in range(24, 32):
            for x in range(15 - (y - 24) // 3, 17 + (y - 24) // 3):
                px(surf, pal.WHITE, x, y)  # the shirt
        for x in (14, 15, 16, 17):
            px(surf, pal.INK, x, 24)  # the bow
        px(surf, pal.ROSE, 9, 27)  # a flower in the buttonhole
        px(surf, pal.YELLOW, 22, 29)  # the few sequins he left
    elif outfit == "wedding":
        for y in range(3, 25):
            for x in (3, 4, 27, 28):
                px(surf, pal.WHITE if x in (3, 28) else pal.PALE_GREY, x, y)  # the veil
        for x in range(9, 23):
            px(surf, pal.WHITE, x, 2)
    if outfit == "heap_hat":
        _hat(surf)


def portrait(who: str, expr: str, outfit: str = "") -> pygame.Surface:
    """One 32x32 bust, in ``outfit`` (their own clothes when empty)."""
    surf = surface(PW, PH)
    half = DAL_HALF if who == "dal" else BYEOL_HALF
    worn = OUTFIT_COLORS[who].get(outfit.removesuffix("_hat"), {}) if outfit else {}
    stamp(surf, mirrored(half), 0, 0, {**COLORS[who], **worn, **SKIN})
    features(surf, who, expr)
    if outfit:
        _outfit_extras(surf, who, outfit)
    return outline(surf)


def build_portraits() -> tuple[pygame.Surface, dict[str, object]]:
    """A sheet with one row per character (then one per character and outfit, keyed ``name:outfit``) and one
    column per expression, and its atlas entry."""
    rows = [(who, "") for who in ("dal", "byeol")] + [(who, o) for who in ("dal", "byeol") for o in OUTFITS]
    sheet = surface(PW * len(EXPRESSIONS), PH * len(rows))
    entry: dict[str, object] = {"image": "portraits.png", "size": [PW, PH], "rows": {}, "columns": {}}
    for r, (who, outfit) in enumerate(rows):
        entry["rows"][f"{who}:{outfit}" if outfit else who] = r  # type: ignore[index]
        for c, expr in enumerate(EXPRESSIONS):
            entry["columns"][expr] = c  # type: ignore[index]
            sheet.blit(portrait(who, expr, outfit), (c * PW, r * PH))
    return sheet, entry
