"""Generate the UI art: ``python -m tools.gen_ui`` writes ``assets/ui/*.png`` and ``assets/ui/ui.json``.

Nine-slice panels (dialogue, menu, highlight), the choice cursor, HUD icons (awareness eye in five stages,
direction arrow, battery, bond hearts, objective marker), the title logo and the parallax title layers.
"""

from __future__ import annotations

import math
import random

import pygame

from game.render import palette as pal
from tools.gen_common import ASSETS, outline, px, rect, save_json, save_png, stamp, surface

UI_DIR = ASSETS / "ui"
ICON = 16


def panel(fill: pal.RGB, edge: pal.RGB, inner: pal.RGB, alpha: int, accent: pal.RGB | None) -> pygame.Surface:
    """A 16x16 nine-slice source (5 px border): rounded corners, a light rim, a dark inner line."""
    s = surface(16, 16)
    s.fill((*fill, alpha), pygame.Rect(1, 1, 14, 14))
    rect(s, edge, 2, 0, 12, 1)
    rect(s, edge, 2, 15, 12, 1)
    rect(s, edge, 0, 2, 1, 12)
    rect(s, edge, 15, 2, 1, 12)
    for x, y in ((1, 1), (14, 1), (1, 14), (14, 14)):
        px(s, edge, x, y)
    rect(s, inner, 2, 2, 12, 1)
    rect(s, inner, 2, 13, 12, 1)
    rect(s, inner, 2, 2, 1, 12)
    rect(s, inner, 13, 2, 1, 12)
    if accent is not None:
        for x, y in ((3, 3), (12, 3), (3, 12), (12, 12)):
            px(s, accent, x, y)
    return s


def highlight() -> pygame.Surface:
    """A 16x12 nine-slice menu highlight: a soft bar with bright ends."""
    s = surface(16, 12)
    s.fill((*pal.DARK_SLATE, 200), pygame.Rect(1, 1, 14, 10))
    rect(s, pal.SLATE, 1, 0, 14, 1)
    rect(s, pal.NIGHT, 1, 11, 14, 1)
    rect(s, pal.AMBER, 0, 1, 1, 10)
    rect(s, pal.AMBER, 15, 1, 1, 10)
    return s


def cursor() -> pygame.Surface:
    """Two 8x8 frames of the choice cursor: a small star that leans forward."""
    s = surface(16, 8)
    star = ["...y....", "...y....", ".yyYyy..", "..yYy...", "..y.y...", "........"]
    cols = {"y": pal.AMBER, "Y": pal.YELLOW}
    stamp(s, star, 0, 1, cols)
    stamp(s, star, 9, 1, cols)  # the second frame (x 8..15) leans forward a pixel
    return outline(s)


EYE_COLORS = (pal.GREY, pal.PALE_GREY, pal.AMBER, pal.ORANGE, pal.HOT_PINK)


def eye(stage: int) -> pygame.Surface:
    """The awareness eye: closed, slit, half, open, wide open with rays (shape and colour both change)."""
    s = surface(ICON, ICON)
    col = EYE_COLORS[stage]
    cx, cy = 8, 8
    open_h = (0, 1, 2, 3, 4)[stage]
    for x in range(2, 15):
        t = (x - 8) / 6.5
        h = max(0.0, 1.0 - t * t)
        top = round(cy - open_h * h)
        bot = round(cy + max(1, open_h) * h * (0.9 if stage else 0.0))
        if stage == 0:
            px(s, col, x, cy + round(1.5 * h))  # a closed lid curving down
            continue
        for y in range(top, bot + 1):
            px(s, pal.WHITE if stage >= 3 else pal.PALE_GREY, x, y)
        px(s, col, x, top)
        px(s, col, x, bot)
    if stage == 0:
        for x in (4, 8, 12):
            px(s, col, x, cy + 3)  # lashes
    if stage >= 2:
        r = 1 if stage == 2 else 2
        pygame.draw.circle(s, (*col, 255), (cx, cy), r + 1)
        pygame.draw.circle(s, (*pal.INK, 255), (cx, cy), max(1, r - 1) if stage < 4 else 1)
    if stage == 4:
        for dx, dy in ((0, -7), (-5, -5), (5, -5), (-7, 0), (7, 0)):
            px(s, col, cx + dx, cy + dy)
            px(s, col, cx + dx * 6 // 7, cy + dy * 6 // 7)
    return outline(s)


def arrow() -> pygame.Surface:
    """The off-screen pointer toward the Cube (points right; the game rotates and tints it)."""
    s = surface(ICON, ICON)
    shape = [
        "..ww......",
        "..wWw.....",
        "...wWw....",
        "....wWw...",
        ".....wWw..",
        "....wWw...",
        "...wWw....",
        "..wWw.....",
        "..ww......",
    ]
    stamp(s, shape, 3, 3, {"w": pal.PALE_GREY, "W": pal.WHITE})
    stamp(s, shape, 0, 3, {"w": pal.GREY, "W": pal.PALE_GREY})
    return outline(s)


def heart(stage: int) -> pygame.Surface:
    """The bond heart: an outline, then filling, then full with a glint (no numbers, just warmth)."""
    s = surface(ICON, ICON)
    shape = [
        ".xx...xx.",
        "xoox.xoox",
        "xoooxooox",
        "xoooooooX",
        ".xoooooX.",
        "..xoooX..",
        "...xoX...",
        "....X....",
    ]
    fill_rows = (0, 3, 5, 8)[stage]
    cols = {"x": pal.ROSE, "X": pal.PLUM, "o": pal.NIGHT}
    stamp(s, shape, 3, 4, cols)
    for j, row in enumerate(shape):
        if j >= len(shape) - fill_rows:
            for i, ch in enumerate(row):
                if ch == "o":
                    px(s, pal.PEACH if j < 4 else pal.RED, 3 + i, 4 + j)
    if stage == 3:
        px(s, pal.WHITE, 5, 6)
        px(s, pal.WHITE, 4, 6)
    return outline(s)


def battery() -> pygame.Surface:
    """An empty battery frame (the game fills bars by charge)."""
    s = surface(ICON, ICON)
    rect(s, pal.PALE_GREY, 1, 4, 13, 1)
    rect(s, pal.PALE_GREY, 1, 11, 13, 1)
    rect(s, pal.PALE_GREY, 1, 4, 1, 8)
    rect(s, pal.PALE_GREY, 13, 4, 1, 8)
    rect(s, pal.PALE_GREY, 14, 6, 1, 4)
    return outline(s)


def marker() -> pygame.Surface:
    """The objective marker: a small diamond."""
    s = surface(ICON, ICON)
    pts = ["...y...", "..yYy..", ".yYYYy.", "yYYWYYy", ".yYYYy.", "..yYy..", "...y..."]
    stamp(s, pts, 4, 4, {"y": pal.ORANGE, "Y": pal.AMBER, "W": pal.YELLOW})
    return outline(s)


def icon_sheet() -> tuple[pygame.Surface, dict[str, list[int]]]:
    """All HUD icons in one strip of 16x16 cells, and where each one is."""
    cells: list[tuple[str, pygame.Surface]] = [(f"eye_{i}", eye(i)) for i in range(5)]
    cells += [("arrow", arrow()), ("battery", battery()), ("marker", marker())]
    cells += [(f"heart_{i}", heart(i)) for i in range(4)]
    sheet = surface(ICON * len(cells), ICON)
    index = {}
    for i, (name, img) in enumerate(cells):
        sheet.blit(img, (i * ICON, 0))
        index[name] = [i * ICON, 0, ICON, ICON]
    return sheet, index


def logo() -> pygame.Surface:
    """REFUGE in the pixel font at twice its size, lit from above, outlined, with a soft drop."""
    font = pygame.font.Font(str(ASSETS / "fonts" / "Galmuri11.ttf"), 24)
    thin = font.render("REFUGE", False, pal.WHITE)
    text = surface(thin.get_width() + 1, thin.get_height())
    text.blit(thin, (0, 0))
    text.blit(thin, (1, 0))  # one pixel bolder: strokes hold up at title size
    w, h = text.get_size()
    s = surface(w + 4, h + 4)
    body = surface(w, h)
    body.blit(text, (0, 0))
    ramp = [pal.WHITE, pal.WHITE, pal.PALE_GREY, pal.PALE_GREY, pal.GREY, pal.SLATE]
    for y in range(h):
        tint = ramp[min(len(ramp) - 1, max(0, (y - 6) * len(ramp) // max(1, h - 10)))]
        for x in range(w):
            if body.get_at((x, y)).a:
                body.set_at((x, y), (*tint, 255))
    shadow = surface(w, h)
    shadow.blit(text, (0, 0))
    shadow.fill((*pal.NIGHT, 255), special_flags=pygame.BLEND_RGBA_MIN)
    s.blit(shadow, (3, 3))
    s.blit(outline(body), (1, 1))
    return s


def _silhouette(w: int, h: int, color: pal.RGB, heights: list[int]) -> pygame.Surface:
    s = surface(w, h)
    step = w / len(heights)
    for i, top in enumerate(heights):
        rect(s, color, int(i * step), h - top, int(step) + 1, top)
    return s


def title_layers(seed: int = 7) -> dict[str, pygame.Surface]:
    """Sky, far ruins, dead hills and near trees: each 640 wide and tiling, for the parallax title."""
    rng = random.Random(seed)
    w, h = 640, 360
    sky = pygame.Surface((w, h))
    # (colour, first row): night overhead, a bruised glow on the horizon behind the ruins.
    bands = [(pal.INK, 0), (pal.NIGHT, 110), (pal.DARK_SLATE, 185), (pal.PLUM, 238), (pal.DARK_SLATE, 290)]
    for i, (col, y0) in enumerate(bands):
        y1 = bands[i + 1][1] if i + 1 < len(bands) else h
        sky.fill(col, (0, y0, w, y1 - y0))
        if i:
            prev = bands[i - 1][0]
            for y in range(y0, min(y1, y0 + 6)):
                # dithered seam: fewer of the upper colour's pixels each row down
                for x in range((y - y0) % 2, w, 2 + (y - y0)):
                    sky.set_at((x, y), prev)
    for _ in range(160):
        x, y = rng.randrange(w), rng.randrange(200)
        if y < 200:
            sky.set_at((x, y), rng.choice([pal.GREY, pal.PALE_GREY, pal.SLATE, pal.WHITE]))
    pygame.draw.circle(sky, pal.SAND, (498, 74), 13)
    pygame.draw.circle(sky, pal.PALE_GREY, (494, 71), 12)
    pygame.draw.circle(sky, pal.WHITE, (492, 69), 9)

    far_heights = []
    x = 0
    while len(far_heights) < 160:
        kind = rng.random()
        width = rng.randint(2, 6)
        if kind < 0.3:
            hgt = rng.randint(40, 60)
        elif kind < 0.5:
            hgt = rng.randint(62, 95)  # towers, some broken
        else:
            hgt = rng.randint(28, 44)
        far_heights += [
            hgt - (rng.randint(0, 12) if rng.random() < 0.3 and i == width - 1 else 0) for i in range(width)
        ]
        x += width
    far = _silhouette(w, 200, pal.NIGHT, far_heights[:160])
    for _ in range(40):  # a few windows still lit: someone, somewhere
        fx, fy = rng.randrange(w), rng.randrange(120, 190)
        if far.get_at((fx, fy)).a and rng.random() < 0.35:
            px(far, pal.AMBER if rng.random() < 0.3 else pal.SLATE, fx, fy)

    hills = surface(w, 160)
    for xx in range(w):
        hgt = 60 + 18 * math.sin(xx / w * 2 * math.pi * 2) + 9 * math.sin(xx / w * 2 * math.pi * 5 + 1)
        rect(hills, pal.INK, xx, int(160 - hgt), 1, int(hgt))
    for _ in range(34):
        tx = rng.randrange(w)
        base = int(160 - (60 + 18 * math.sin(tx / w * 4 * math.pi) + 9 * math.sin(tx / w * 10 * math.pi + 1)))
        th = rng.randint(14, 30)
        rect(hills, pal.INK, tx, base - th, 1, th)
        for _ in range(rng.randint(2, 4)):
            by = base - rng.randint(4, th)
            length = rng.randint(2, 5)
            d = rng.choice((-1, 1))
            for i in range(length):
                px(hills, pal.INK, tx + d * (i + 1), by - i // 2)

    near = surface(w, 120)
    for xx in range(w):
        hgt = 18 + 4 * math.sin(xx / w * 2 * math.pi * 3) + rng.randint(0, 2)
        rect(near, pal.INK, xx, int(120 - hgt), 1, int(hgt))
    for _ in range(7):
        tx = rng.randrange(w)
        th = rng.randint(70, 110)
        rect(near, pal.INK, tx, 120 - th, rng.randint(3, 5), th)
        for _ in range(rng.randint(3, 6)):
            by = 120 - rng.randint(th // 3, th)
            length = rng.randint(6, 16)
            d = rng.choice((-1, 1))
            for i in range(length):
                rect(near, pal.INK, tx + 2 + d * (i + 1), by - i // 2, 1, 2)
    return {"title_sky": sky, "title_far": far, "title_hills": hills, "title_near": near}


def build() -> tuple[dict[str, pygame.Surface], dict[str, object]]:
    """Every UI image and the index ``ui.json``."""
    icons, icon_index = icon_sheet()
    images: dict[str, pygame.Surface] = {
        "panel_dialogue": panel(pal.INK, pal.PALE_GREY, pal.DARK_SLATE, 232, pal.AMBER),
        "panel_menu": panel(pal.NIGHT, pal.GREY, pal.INK, 240, None),
        "highlight": highlight(),
        "cursor": cursor(),
        "icons": icons,
        "logo": logo(),
        **title_layers(),
    }
    index: dict[str, object] = {
        "nine_slice": {"panel_dialogue": 5, "panel_menu": 5, "highlight": 3},
        "cursor": {"frame": [8, 8], "frames": 2},
        "icons": icon_index,
        "parallax": {"title_sky": 0.0, "title_far": 0.06, "title_hills": 0.18, "title_near": 0.45},
    }
    return images, index


def main() -> None:
    """Write the UI images and their index."""
    pygame.font.init()
    images, index = build()
    for name, img in images.items():
        save_png(img, UI_DIR / f"{name}.png")
    save_json(index, UI_DIR / "ui.json")
    print(f"wrote {len(images)} images to {UI_DIR}")


if __name__ == "__main__":
    main()
