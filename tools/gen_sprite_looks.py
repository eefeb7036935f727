"""Who Dal and Byeol are on screen: head templates, colours and proportions, for ``gen_sprites``."""

from __future__ import annotations

from dataclasses import dataclass, replace

import pygame

from game.render import palette as pal

RGB = pal.RGB


@dataclass(frozen=True)
class Look:
    """Everything that makes one character look like themself."""

    name: str
    head_y: int
    torso_y: int
    torso_h: int
    torso_x: int
    torso_w: int
    hair: tuple[RGB, RGB, RGB]  # light, mid, dark
    top: tuple[RGB, RGB, RGB]
    legs: tuple[RGB, RGB]
    shoes: tuple[RGB, RGB]
    accent: tuple[RGB, RGB, RGB]
    heads: dict[str, list[str]]
    name_color: RGB
    limp_leg: int  # 0 = screen-left leg in the front view
    flare: bool = False  # a coat that widens at the hem
    outfit: str = ""  # "" = their own clothes; see OUTFITS
    hat: bool = False  # the heap's feathered hat


DAL_HEADS = {
    "down": [
        "..kkhhkk..",
        ".khhHHhhk.",
        "khHhhhhhhk",
        "khhhhhhhhk",
        "khhshhhshk",
        "khssssssSk",
        ".ssessesS.",
        ".swssssSS.",
        "..sSSSSS..",
    ],
    "up": [
        "..kkhhkk..",
        ".khhHHhhk.",
        "khHhhhhhhk",
        "khhhhhhhhk",
        "khhhhhhhhk",
        "khhhhhhhkk",
        ".khhhhhkk.",
        ".Skkkkkks.",
        "..SSSSSS..",
    ],
    "right": [
        "..kkhhh...",
        ".khhHHhh..",
        "khhhhHhhh.",
        "khhhhhhhhh",
        "khhhhhhshh",
        "kkhhhsssss",
        ".khhSsses.",
        ".kkSsssss.",
        "..kSSSSs..",
    ],
}

BYEOL_HEADS = {
    "down": [
        "...khhk...",
        ".kkhHHhhk.",
        "khHHhhhhhk",
        "khhhhhhhhk",
        "khhsshhhhk",
        "khssssssSk",
        "khsessesSk",
        "khbssssbSk",
        "kh.sSSS.hk",
    ],
    "up": [
        "...khhk...",
        ".kkhHHhhk.",
        "khHHhhhhhk",
        "khhhhhhhhk",
        "khhhyyhhhk",
        "khhhkkhhhk",
        "khhhhhhhhk",
        "khhhhhhhhk",
        ".khhhhhhk.",
    ],
    "right": [
        "...khhh...",
        "..khhHHh..",
        ".khhhhHhh.",
        "ykhhhhhhhh",
        "khhhhhhshh",
        "khhhhsssss",
        "khhhSsses.",
        "khhSssbss.",
        ".kk.SSSs..",
    ],
}

DAL = Look(
    name="dal",
    head_y=1,
    torso_y=10,
    torso_h=7,
    torso_x=4,
    torso_w=8,
    hair=(pal.SLATE, pal.NIGHT, pal.INK),
    top=(pal.GREY, pal.SLATE, pal.DARK_SLATE),
    legs=(pal.DARK_SLATE, pal.NIGHT),
    shoes=(pal.BROWN, pal.DARK_BROWN),
    accent=(pal.CLAY, pal.BROWN, pal.DARK_BROWN),  # backpack
    heads=DAL_HEADS,
    name_color=pal.SKY,
    limp_leg=1,
)

BYEOL = Look(
    name="byeol",
    head_y=3,
    torso_y=12,
    torso_h=6,
    torso_x=5,
    torso_w=6,
    hair=(pal.CLAY, pal.BROWN, pal.DARK_BROWN),
    top=(pal.PEACH, pal.RED, pal.CRIMSON),
    legs=(pal.DARK_BROWN, pal.INK),
    shoes=(pal.PALE_GREY, pal.GREY),
    accent=(pal.YELLOW, pal.AMBER, pal.ORANGE),  # scarf
    heads=BYEOL_HEADS,
    name_color=pal.AMBER,
    limp_leg=0,
    flare=True,
)

LOOKS = {"dal": DAL, "byeol": BYEOL}

# What they come out of the heap wearing (mall.yaml's heap_after: "a very loud coat", "a hat with a feather",
# "a curtain ... It's a cape. It has hooks."), and the wedding in the dream ("the jacket from the heap ... fewer
# sequins", and her white dress). The hat is Dal's unless he put it on her (kept_hat false).
DAL_HEAP = replace(DAL, outfit="heap", top=(pal.YELLOW, pal.AMBER, pal.ORANGE))
BYEOL_HEAP = replace(BYEOL, outfit="heap", top=(pal.SKY, pal.BLUE, pal.DEEP_TEAL))
OUTFITS: dict[str, dict[str, Look]] = {
    "dal": {
        "heap_hat": replace(DAL_HEAP, outfit="heap_hat", hat=True),
        "heap": DAL_HEAP,
        "wedding": replace(
            DAL, outfit="wedding", top=(pal.SLATE, pal.DARK_SLATE, pal.NIGHT), legs=(pal.NIGHT, pal.INK)
        ),
    },
    "byeol": {
        "heap": BYEOL_HEAP,
        "heap_hat": replace(BYEOL_HEAP, outfit="heap_hat", hat=True),
        "wedding": replace(
            BYEOL,
            outfit="wedding",
            top=(pal.WHITE, pal.PALE_GREY, pal.GREY),
            accent=(pal.WHITE, pal.PALE_GREY, pal.GREY),
            shoes=(pal.WHITE, pal.PALE_GREY),
        ),
    },
}


def _r(surf: pygame.Surface, c: RGB, x: int, y: int, w: int, h: int) -> None:
    if w > 0 and h > 0:
        surf.fill(c, (x, y, w, h))


def outfit_torso(surf: pygame.Surface, look: Look, view: str, x: int, ty: int, w: int, h: int) -> None:
    """What an outfit adds to the body: sequins, a curtain for a cape (with its hooks), a shirt and bow, a long
    white skirt. Drawn over the plain torso; the frame is outlined afterwards."""
    if not look.outfit:
        return
    bottom = surf.get_height() - 3
    if look.outfit.startswith("heap") and look.name == "dal":
        for sx, sy in ((1, 1), (4, 3), (2, 4), (6, 2), (5, 5), (3, 6)):  # sequins, catching the light
            if sx < w and sy < h:
                surf.set_at((x + sx, ty + sy), pal.WHITE if (sx + sy) % 2 else pal.YELLOW)
    elif look.outfit.startswith("heap"):
        light, mid, dark = look.top
        if view == "up":
            _r(surf, mid, x - 1, ty, w + 2, bottom - ty)
            for cx in range(x, x + w + 1, 2):
                _r(surf, dark, cx, ty + 2, 1, bottom - ty - 2)  # the curtain's folds
        elif view == "down":
            _r(surf, mid, x - 1, ty + 1, 2, bottom - ty - 1)
            _r(surf, dark, x + w - 1, ty + 1, 2, bottom - ty - 1)
            _r(surf, light, x - 1, ty + 1, 1, bottom - ty - 2)
        else:
            _r(surf, mid, x - 2, ty, 2, bottom - ty)
            _r(surf, dark, x - 2, ty + 3, 1, bottom - ty - 3)
        for hx in range(x, x + w, 2):  # the hooks along the top
            surf.set_at((hx, ty), pal.YELLOW)
    elif look.name == "dal":  # the wedding: the heap's jacket, cleaned up, a shirt and a bow
        if view == "down":
            _r(surf, pal.WHITE, x + 3, ty, 2, h - 2)
            _r(surf, pal.INK, x + 3, ty + 1, 2, 1)
            surf.set_at((x + 1, ty + 2), pal.ROSE)  # a flower in the buttonhole
            surf.set_at((x + 6, ty + 4), pal.YELLOW)  # the few sequins he left
        elif view == "side":
            _r(surf, pal.WHITE, x + w - 2, ty, 1, 3)
            surf.set_at((x + 1, ty + 3), pal.YELLOW)
    else:  # her white dress: a long skirt over the legs
        light, mid, dark = look.top
        for i, y in enumerate(range(ty + h - 1, bottom + 1)):
            spread = 1 + i // 2
            _r(surf, light, x - spread, y, w + 2 * spread, 1)
            surf.set_at((x + w - 1 + spread, y), mid)
            surf.set_at((x - spread, y), mid)
        _r(surf, mid, x, bottom, w, 1)


def outfit_head(surf: pygame.Surface, look: Look, view: str, hx: int, hy: int) -> None:
    """The feathered hat from the heap, or her veil at the wedding, on a head stamped at ``(hx, hy)``."""
    if look.hat:
        brim, crown, band = pal.PLUM, pal.HOT_PINK, pal.YELLOW
        top = max(0, hy - 2)
        if view == "side":
            _r(surf, crown, hx + 2, top, 6, hy + 2 - top)
            _r(surf, band, hx + 2, hy + 1, 6, 1)
            _r(surf, brim, hx, hy + 2, 10, 1)
            _r(surf, pal.CYAN, hx, top, 2, 1)  # the feather, trailing back
            surf.set_at((hx + 1, top + 1), pal.GREEN)
        else:
            _r(surf, crown, hx + 2, top, 6, hy + 2 - top)
            _r(surf, band, hx + 2, hy + 1, 6, 1)
            _r(surf, brim, hx, hy + 2, 10, 1)
            _r(surf, pal.CYAN, hx + 8, top, 2, 1)  # the feather
            _r(surf, pal.GREEN, hx + 9, top + 1, 1, 2)
    elif look.outfit == "wedding" and look.name == "byeol":
        if view == "up":
            _r(surf, pal.WHITE, hx + 1, hy + 2, 8, 9)
            _r(surf, pal.PALE_GREY, hx + 2, hy + 9, 6, 2)
        elif view == "down":
            _r(surf, pal.WHITE, hx, hy + 2, 1, 8)
            _r(surf, pal.WHITE, hx + 9, hy + 2, 1, 8)
            _r(surf, pal.WHITE, hx + 2, hy, 6, 1)
        else:
            _r(surf, pal.WHITE, hx - 1, hy + 1, 2, 9)
            _r(surf, pal.WHITE, hx + 1, hy, 4, 1)


def head_colors(look: Look) -> dict[str, RGB]:
    """Template letters for a head."""
    return {
        "H": look.hair[0],
        "h": look.hair[1],
        "k": look.hair[2],
        "s": pal.SKIN_LIGHT,
        "S": pal.SKIN_MID,
        "e": pal.INK,
        "w": pal.PALE_GREY,
        "b": pal.PEACH,
        "y": pal.AMBER,
    }
