"""The forest's second pass: the pine grove the story crosses tree to tree, and the places found only by looking.

The grove lies between the hollow and the hold-hands clearing: three stands of two pines each, a few steps of
open ground between them, their crowns a roof of needles (cover). Found by looking, never pointed at: stepping
stones across the stream west of the ford, a hunter's high seat in the south-east woods, and a bus burnt out
on the highway west of where the trails come up.
"""

from __future__ import annotations

from tools.mapkit import TS, MapBuilder, Obj, TileLayer

GROVE_AREA = (52, 21, 17, 16)
"""The ground the grove takes over (x, y, w, h in tiles): cleared of the wood's own props first."""
GROVE_STANDS = (((64, 35), (66, 35)), ((61, 30), (63, 30)), ((56, 25), (58, 25)))
"""The trunks of the grove's three stands (A nearest the hollow, C nearest the clearing); each crown is 3x3
above its trunk, so a stand's cover is five tiles wide and three deep."""
GROVE_PINES = ((67, 24), (52, 25))
"""Single pines about the grove (no part of the way through it)."""
GROVE_BRAMBLES = ((53, 22), (54, 22), (67, 31), (68, 31), (60, 34), (52, 29), (53, 29))
"""Brambles at the grove's edges, so no open ground is far from cover."""
STONES = {(12, 32): "water_14", (12, 33): "water_7"}
"""Two stepping stones across the stream's narrowest part, west of the ford: water tiles with a corner of bank
showing (not full water, so they can be stood on), a pale stone on each."""
STAND = (68, 51)
"""The high seat's top-left tile, off the long loop's trail: a railed platform of planks and a ladder down its
south side."""
BUS = (15, 4)
"""The burnt-out bus's top-left tile on the highway: a burnt shell stretched to 9x2 (its middle repeated)."""


def add_grove(m: MapBuilder, decor: TileLayer, props: TileLayer, canopy: TileLayer) -> None:
    """Clear the grove's ground and plant its three stands of pines."""
    gx, gy, gw, gh = GROVE_AREA
    for layer in (decor, props, canopy):
        for cell in [(x, y) for x in range(gx, gx + gw) for y in range(gy, gy + gh)]:
            layer.cells.pop(cell, None)
    for tx, ty in [cell for stand in GROVE_STANDS for cell in stand] + list(GROVE_PINES):
        m.put(props, tx, ty, "trunk")
        for dx in range(3):
            for dy in range(3):
                m.put(canopy, tx - 1 + dx, ty - 2 + dy, f"pinetop_{dx}_{dy}")
    for i, cell in enumerate(GROVE_BRAMBLES):
        m.put(props, *cell, f"bramble_{i % 3}")
    for x in range(gx, gx + gw):  # needles under the stands, thinning out between them
        for y in range(gy, gy + gh):
            if (x, y) not in props.cells and (x * 3 + y * 7) % 5 == 0:
                m.put(decor, x, y, f"leaves_{(x + y) % 3}")


def add_finds(
    m: MapBuilder, terrain: TileLayer, decor: TileLayer, props: TileLayer, canopy: TileLayer
) -> None:
    """The stepping stones, the high seat in the south-east woods and the bus on the highway."""
    for (x, y), tile in STONES.items():
        m.put(terrain, x, y, tile)
        m.put(decor, x, y, f"ash_drift_{x % 3}")
    sx, sy = STAND
    for cell in [(x, y) for x in range(sx - 2, sx + 5) for y in range(sy - 1, sy + 5)]:
        props.cells.pop(cell, None)
        canopy.cells.pop(cell, None)
    for dx in range(3):
        m.put(props, sx + dx, sy, "rail_h")
    for dy in (1, 2):
        m.stamp(props, sx, sy + dy, [[f"log_{dx}_0" for dx in range(3)]])
        m.put(props, sx - 1, sy + dy, "rail_v")
        m.put(props, sx + 3, sy + dy, "rail_v")
    m.put(props, sx + 1, sy + 3, "rail_v")
    bx, by = BUS
    columns = [0] + [1] * 7 + [2]
    m.stamp(props, bx, by, [[f"carburnt_{c}_{dy}" for c in columns] for dy in range(2)])


def grove_objects() -> list[Obj]:
    """The grove's trigger, its stands (a mark under A, triggers under B and C) and the noise that calls the Cube."""
    (ax, ay), _ = GROVE_STANDS[0]
    (bx, by), _ = GROVE_STANDS[1]
    (cx, cy), _ = GROVE_STANDS[2]
    return [
        # Leaving the hollow, west of its mouth: the grove begins (in turn, once the hollow is done).
        Obj("Trigger", "trig_grove", 62 * TS, 37 * TS, 7 * TS, 5 * TS, props={"node": "grove", "once": False}),
        Obj("", "mark_pine_a", (ax + 1.5) * TS, (ay - 0.5) * TS, point=True),
        Obj("Trigger", "trig_pine_b", (bx - 1) * TS, (by - 2) * TS, 5 * TS, 3 * TS,
            props={"node": "pine_b", "once": False}),
        Obj("Trigger", "trig_pine_c", (cx - 1) * TS, (cy - 2) * TS, 5 * TS, 3 * TS,
            props={"node": "pine_c", "once": False}),
        Obj("", "mark_pine_c", (cx + 1.5) * TS, (cy - 0.5) * TS, point=True),
        # Silent until the story sounds it: something in the trees north-east of the grove calls the light over.
        Obj("NoiseSource", "noise_grove", 68.5 * TS, 27.5 * TS, point=True, props={"radius": 48.0, "period": 0}),
    ]  # fmt: skip


def find_objects() -> list[Obj]:
    """Triggers nobody points at: the stepping stones, the high seat, the bus."""
    sx, sy = STAND
    bx, by = BUS
    places = {"stones": (11, 31, 4, 4), "stand": (sx - 2, sy - 1, 7, 6), "bus": (bx - 1, by - 1, 11, 4)}
    return [
        *(
            Obj(
                "Trigger", f"trig_{node}", x * TS, y * TS, w * TS, h * TS, props={"node": node, "found": True}
            )
            for node, (x, y, w, h) in places.items()
        ),
        # In through the bus's burnt side, from the road's north lane: a hiding place for two (it is open there).
        Obj("HideSpot", "hide_bus", (bx + 2) * TS, (by - 1) * TS, 5 * TS, TS, props={"capacity": 2}),
    ]
