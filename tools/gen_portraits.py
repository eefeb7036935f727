"""Dialogue portraits (32x32 busts, one per story expression each), drawn as half-templates mirrored into faces."""

from __future__ import annotations

import pygame

from game.story.model import EXPRESSIONS
from tools import palette as pal
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


def portrait(who: str, expr: str) -> pygame.Surface:
    """One 32x32 bust."""
    surf = surface(PW, PH)
    half = DAL_HALF if who == "dal" else BYEOL_HALF
    stamp(surf, mirrored(half), 0, 0, {**COLORS[who], **SKIN})
    features(surf, who, expr)
    return outline(surf)


def build_portraits() -> tuple[pygame.Surface, dict[str, object]]:
    """A sheet with one row per character and one column per expression, and its atlas entry."""
    sheet = surface(PW * len(EXPRESSIONS), PH * 2)
    entry: dict[str, object] = {"image": "portraits.png", "size": [PW, PH], "rows": {}, "columns": {}}
    for r, who in enumerate(("dal", "byeol")):
        entry["rows"][who] = r  # type: ignore[index]
        for c, expr in enumerate(EXPRESSIONS):
            entry["columns"][expr] = c  # type: ignore[index]
            sheet.blit(portrait(who, expr), (c * PW, r * PH))
    return sheet, entry
