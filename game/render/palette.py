"""The master palette every generated asset draws from: ENDESGA 32 (a published 32-colour pixel-art palette).

Scenes get their mood from per-scene grading at run time, not from colours outside this list, so all
generated art stays coherent.
"""

from __future__ import annotations

RGB = tuple[int, int, int]

ENDESGA_32: tuple[str, ...] = (
    "be4a2f", "d77643", "ead4aa", "e4a672", "b86f50", "733e39", "3e2731", "a22633",
    "e43b44", "f77622", "feae34", "fee761", "63c74d", "3e8948", "265c42", "193c3e",
    "124e89", "0099db", "2ce8f5", "ffffff", "c0cbdc", "8b9bb4", "5a6988", "3a4466",
    "262b44", "181425", "ff0044", "68386c", "b55088", "f6757a", "e8b796", "c28569",
)  # fmt: skip


def rgb(hex_code: str) -> RGB:
    """``"be4a2f"`` -> ``(190, 74, 47)``."""
    return (int(hex_code[0:2], 16), int(hex_code[2:4], 16), int(hex_code[4:6], 16))


PALETTE: tuple[RGB, ...] = tuple(rgb(h) for h in ENDESGA_32)

# Named entries, so generators read as art direction rather than hex.
RUST, ORANGE_CLAY, SAND, TAN, CLAY, BROWN, DARK_BROWN, CRIMSON = PALETTE[0:8]
RED, ORANGE, AMBER, YELLOW, GREEN, MID_GREEN, DARK_GREEN, DEEP_TEAL = PALETTE[8:16]
BLUE, SKY, CYAN, WHITE, PALE_GREY, GREY, SLATE, DARK_SLATE = PALETTE[16:24]
NIGHT, INK, HOT_PINK, PLUM, ROSE, PEACH, SKIN_LIGHT, SKIN_MID = PALETTE[24:32]


def nearest(color: RGB) -> RGB:
    """The palette colour closest to ``color`` (squared RGB distance)."""
    r, g, b = color
    return min(PALETTE, key=lambda p: (p[0] - r) ** 2 + (p[1] - g) ** 2 + (p[2] - b) ** 2)
