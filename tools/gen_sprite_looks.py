"""Who Dal and Byeol are on screen: head templates, colours and proportions, for ``gen_sprites``."""

from __future__ import annotations

from dataclasses import dataclass

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
