"""The mall's east wing: a concourse behind the music shop, and four shops nobody points at.

A doorway beside the music shop's counter (where the batteries are) opens onto a concourse running north to
south, and off it: the cinema's dark lobby (carpet, no lights but the red EXIT over the doors to the screens),
an arcade with one cabinet still lit, a bookshop, and a pharmacy with its shutter half down (the pair duck
under it). The wing has a roof everywhere, so the Cube cannot see in; it opens only onto the music shop, so it
is never a shorter way between the places the story leads to.

The plan's columns continue the building plan's (the wing is its columns 50-64). Legend as in the building
plan, and ``a`` an arcade floor (tiled, clean, no tubes), ``c`` the cinema's carpet, ``T`` an arcade cabinet.
"""

from __future__ import annotations

from tools.mapkit import TS, MapBuilder, Obj, Plan, TileLayer

WING_X = 50
"""The wing's first column in the building plan."""
WING = Plan([
    "WWWWWWWWWWWWWWW",
    "oooWccccccccccW",
    "oooWcCCCCCCcccW",
    "oooWccccccccccW",
    "ooocccccccccPcW",
    "ooocccccccccccW",
    "ooocccccccccccW",
    "oooWccccccccccW",
    "oooWcPccccccccW",
    "oooWccccccccccW",
    "oooWccccccccccW",
    "oooWWWWWWWWWWWW",
    "oooWaaaaaaaaaaW",
    "oooWaTaTaTaTaaW",
    "oooaaaaaaaaaaaW",
    "oooaaaaaaaaaaaW",
    "oooWaTaTaTaTaaW",
    "oooWaaaaaaaaaaW",
    "oooWWWWWWWWWWWW",
    "oooWkkkkkkkkkkW",
    "oooWooooooooooW",
    "ooooookkokkoooW",
    "oooooooooooPtoW",
    "oooWookkokkoooW",
    "oooWooooooooooW",
    "oooWWWWWWWWWWWW",
    "oooWkkkkkkkkkkW",
    "ooooooooooCCCoW",
    "ooooooooooooCoW",
    "oooWokkokkooCoW",
    "oooWooooooooooW",
    "WWWWWWWWWWWWWWW",
])  # fmt: skip
DOORWAY_ROWS = (9, 10)
"""Rows of the building plan where the music shop's east wall opens onto the concourse."""
SHUTTER_ROWS = (27, 28)
"""Rows of the pharmacy's doorway, where its shutter hangs half down (drawn over the pair as they duck under)."""
LIT_CABINET = (7, 13)
"""The arcade cabinet still lit (column in the wing, row)."""
SHOPS: dict[str, tuple[int, int, int, int]] = {
    "trig_cinema": (4, 1, 6, 10),
    "trig_arcade": (4, 12, 8, 6),
    "trig_books": (4, 19, 8, 6),
    "trig_pharmacy": (4, 26, 8, 5),
}
"""Each shop's trigger (wing column, row, width, height): a few steps inside its doorway."""


def join(core: list[str]) -> list[str]:
    """The building plan's rows with the wing's beside them, and the music shop's east doorway opened."""
    rows = []
    for y, (left, right) in enumerate(zip(core, WING.rows, strict=True)):
        rows.append((left[:-1] + "o" if y in DOORWAY_ROWS else left) + right)
    return rows


def add_shutter(m: MapBuilder, awn_r: TileLayer, awn_d: TileLayer, bx: int, by: int) -> None:
    """The pharmacy's shutter, half down over its doorway (the awning tiles: cover, walked under)."""
    x = bx + WING_X + 3
    for y in SHUTTER_ROWS:
        m.put(awn_r, x, by + y, f"awning_r{y % 3}")
        m.put(awn_d, x, by + y, f"awning_d{y % 3}")


def wing_objects(bx: int, by: int) -> list[Obj]:
    """The shops' triggers (nobody points at them) and the two lights left on in the wing."""
    out = []
    for name, (x, y, w, h) in SHOPS.items():
        node = name.removeprefix("trig_")
        out.append(Obj("Trigger", name, (bx + WING_X + x) * TS, (by + y) * TS, w * TS, h * TS,
                       props={"node": node, "found": True}))  # fmt: skip
    cx, cy = LIT_CABINET
    out += [
        # The one cabinet still lit in the dark arcade: a cold flicker.
        Obj("Light", "light_arcade", (bx + WING_X + cx + 0.5) * TS, (by + cy + 0.5) * TS, point=True,
            props={"color": "#ff5ad2f0", "flicker": True, "intensity": 0.8, "radius": 40.0}),
        # The EXIT sign over the doors to the screens, the only light in the cinema's lobby.
        Obj("Light", "light_cinema_exit", (bx + WING_X + 13.5) * TS, (by + 5.5) * TS, point=True,
            props={"color": "#ffe04040", "intensity": 0.5, "radius": 28.0}),
    ]  # fmt: skip
    return out
