"""The dream's places found by looking: three small pieces of the life they did not get, that no objective
points at.

Two of the wedding's white chairs either side of a blossom tree in the north-west meadow (where they sat, not
speaking, after a fight); a vegetable patch fenced in the corner of the south-east meadow, below the house, two
rows of green and a sunflower; and two towels laid out on the pond's west bank (he swam four strokes). Each is
made of the dream's own props and stands in the same place in the ruin (a toppled chair, a railing, rags).
"""

from __future__ import annotations

from tools.mapkit import TS, MapBuilder, Obj, TileLayer

CHAIRS = ((12, 6), (16, 6))
"""The two chairs, either side of the tree at (14, 6) (its crown is over the three tiles between them)."""
PATCH = (42, 30, 6, 5)
"""The vegetable patch's fence (x, y, w, h in tiles) in the meadow's south-east corner, clear of the trees'
crowns; open on the west side."""
PATCH_GAP = (42, 32)
"""The gap in the patch's fence, onto the bare middle row."""
SUNFLOWER = (44, 32)
"""The sunflower, in the middle of the patch between its two rows of green."""
TOWELS = ((11, 27), (12, 27))
"""The two towels' top tiles on the pond's west bank (each two tiles long)."""
FINDS: dict[str, tuple[int, int, int, int]] = {
    "trig_chairs": (11, 6, 7, 3),  # in front of the tree and its two chairs
    "trig_garden": (39, 30, 3, 5),  # before the patch's gap
    "trig_towels": (9, 26, 4, 5),  # round the towels (clear of the blossom tree's crown to the east)
}
"""Each place's trigger (tile rectangles): where a player who walks up to it stands."""


def add_finds(
    m: MapBuilder,
    terrain: tuple[TileLayer, TileLayer],
    flowers_d: TileLayer,
    props: tuple[TileLayer, TileLayer],
) -> None:
    """Lay the chairs, the patch and the towels (``terrain`` and ``props`` are (dream, reality) layers)."""
    terrain_d, terrain_r = terrain
    props_d, props_r = props
    px, py, pw, ph = PATCH
    inside = {(x, y) for x in range(px + 1, px + pw - 1) for y in range(py + 1, py + ph - 1)}
    clear = set(CHAIRS) | {(x, y) for x in range(px, px + pw) for y in range(py, py + ph)}
    clear |= {(x, y + dy) for x, y in TOWELS for dy in (0, 1)}
    for cell in clear:
        flowers_d.cells.pop(cell, None)
        props_r.cells.pop(cell, None)
    for x, y in CHAIRS:
        m.put(props_d, x, y, "chair_d")
        m.put(props_r, x, y, "chair_r")
    # The patch: dug earth in the dream, two rows of green (bushy, solid) and a bare middle row with her
    # sunflower in it; in the ruin, dead shrubs in a planter. A fence round it, with a gap.
    m.corners(terrain_d, "sand", inside, full=["sand_full0", "sand_full1"])
    for x, y in sorted(inside):
        if (x, y) == SUNFLOWER:
            m.put(flowers_d, x, y, "sunflower_0")
            m.put(props_r, x, y, "weeds_1")
        elif y != SUNFLOWER[1]:
            m.put(props_d, x, y, f"hedge_d{(x + y) % 2}")
            m.put(props_r, x, y, f"hedge_r{(x + y) % 2}")
    for x in range(px, px + pw):
        for y in range(py, py + ph):
            if (x, y) not in inside and (x, y) != PATCH_GAP:
                m.put(props_d, x, y, "fence_d")
                m.put(props_r, x, y, "fence_r")
    for x, y in TOWELS:
        for dy in (0, 1):
            m.put(terrain_d, x, y + dy, "runner_d")
            m.put(terrain_r, x, y + dy, "runner_r")


def find_objects() -> list[Obj]:
    """Triggers nobody points at: the chairs, the patch, the towels."""
    out = []
    for name, (x, y, w, h) in FINDS.items():
        node = name.removeprefix("trig_")
        out.append(Obj("Trigger", name, x * TS, y * TS, w * TS, h * TS, props={"node": node, "found": True}))
    return out
