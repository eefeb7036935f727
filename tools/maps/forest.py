"""The forest (scene 1): night, ash falling, a dead wood between the pair and the broken highway.

The plan is coarse: one character is a 2x2 block of tiles. South-west is where the chase begins; the stream
cuts the wood with two fords; an ash clearing in the middle is where the light finds them; the highway runs
along the top and leads east, to the mall.
"""

from __future__ import annotations

import random

from tools.mapkit import TS, MapBuilder, Obj, Plan
from tools.sets import forest as forest_set

SCALE = 2
PLAN = Plan([
    "########################################",
    "HHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHH",
    "HHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHH",
    "HHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHH",
    "HHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHH",
    "_____g___b_____g_____b_____gg______g____",
    "#.b..=........b=.b.......b.=.......=b..#",
    "#....=..b..P...=......P....=..b....=...#",
    "#.P..==....,,,.=...b.....,,=,,.P..==..b#",
    "#......=..,,b,,=.........,,=6,...=.....#",
    "#..b....=,,,,,,==.....~~...==...==..P..#",
    "##.......=,,5,,.=....~~~b...=..=...b...#",
    "#..P.....=,,,,b.=...~~+~~...=.=.......##",
    "#.....b...===....=.~~...~~..==....b...##",
    "##...........==..=+~.b...~~.....P......#",
    "#..b..P........===~~......~~~.......b.##",
    "#........b.....~~~=.......b.~~~........#",
    "#.....~~~~~~~~~~b..=.....:::::~~~...P..#",
    "##..~~~......4....=.....:::::::+~~~....#",
    "#.~~.....,,,,.....=....:::3:::..b~~~~..#",
    "#~~..b..,,,,,,b...=...b:::::::....b.~~~#",
    "#~...P..,,2,,.....=....::::::b........~#",
    "#.......,,,,,,==+==.....:::::.....P....#",
    "##..b.....b..=......b......b.......b...#",
    "#.....P.....=...........P........b....##",
    "#..,,,,,...=.....b.........b..........##",
    "#.,,,1,,,==....P.......b........P.....##",
    "#..,,,,,..b.........b...........b.....##",
    "##....b........................b.....###",
    "########################################",
])  # fmt: skip


def tiles_of(cells: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """Coarse cells -> the tiles they cover."""
    return {
        (cx * SCALE + dx, cy * SCALE + dy) for cx, cy in cells for dx in range(SCALE) for dy in range(SCALE)
    }


def anchor(ch: str) -> tuple[float, float]:
    """The pixel centre of a coarse anchor cell."""
    cx, cy = PLAN.find(ch)
    return ((cx * SCALE + 1) * TS, (cy * SCALE + 1) * TS)


def build() -> MapBuilder:
    """Lay out the forest."""
    ts = forest_set.build()
    m = MapBuilder(PLAN.width * SCALE, PLAN.height * SCALE, [(ts, "../assets/tilesets/forest.tsx")])
    w, h = m.width, m.height
    m.props = {
        "scene": "forest",
        "story": "forest.yaml",
        "music": "forest_chase",
        "darkness": 0.72,
        "cube": True,
    }
    rng = random.Random(1)

    ground = m.tile_layer("ground")
    terrain = m.tile_layer("terrain")
    decor = m.tile_layer("decor")
    props = m.tile_layer("props")
    canopy = m.tile_layer("canopy", above=True)

    for y in range(h):
        for x in range(w):
            m.put(ground, x, y, f"grass_{(x * 7 + y * 3 + (x * y) % 5) % 4}")

    walls = tiles_of(PLAN.cells("#"))
    road = tiles_of(PLAN.cells("H"))
    path = tiles_of(PLAN.cells("=+g123456"))
    water = tiles_of(PLAN.cells("~"))
    ash = tiles_of(PLAN.cells(":3"))
    clearing = tiles_of(PLAN.cells(",12456"))
    brush = tiles_of(PLAN.cells("b"))
    verge = tiles_of(PLAN.cells("_g"))
    woods = tiles_of(PLAN.cells(".")) | verge - tiles_of(PLAN.cells("g"))

    m.corners(terrain, "asphalt", road | {(x, y) for x, y in verge if y == min(v[1] for v in verge)})
    m.corners(terrain, "ash", ash)
    m.corners(terrain, "path", path)
    m.corners(terrain, "water", water, exclude=path)
    # Centre line: dashes down the middle of the four lanes.
    mid = 2 + 8 // 2
    for x in range(1, w, 3):
        m.put(decor, x, mid, "road_line")
    for x, y in road:
        if rng.random() < 0.04 and y != mid:
            m.put(decor, x, y, f"road_crack_{rng.randrange(2)}")
    # Rails along the verge, broken where paths come through ('g' gaps).
    gaps = tiles_of(PLAN.cells("g"))
    rail_row = 10
    for x in range(w):
        if (x, rail_row) not in gaps and rng.random() > 0.08:
            m.put(props, x, rail_row, "rail_h")
    for x in range(w):
        m.put(props, x, 1, "rail_h") if rng.random() > 0.15 else None
    # Cars abandoned on the road: (tile x, tile y, burnt).
    for cx, cy, burnt in ((3, 3, True), (14, 6, False), (26, 2, False), (40, 7, True), (47, 4, False),
                          (58, 3, True), (66, 7, False), (72, 3, False)):  # fmt: skip
        m.stamp(props, cx, cy, ts_grid("carburnt" if burnt else "car", 3, 2))
    # The west end is blocked by a pile-up.
    for y in range(2, 10):
        m.put(props, 0, y, "thicket_0")

    for x, y in walls:
        m.put(props, x, y, f"thicket_{(x + y) % 2}")
    for cx, cy in PLAN.cells("#"):
        if (cx + cy) % 2 == 0:
            stamp_canopy(m, canopy, "pinetop", cx * SCALE - 1, cy * SCALE - 1, 3)
    for x, y in brush:
        if rng.random() < 0.8:
            m.put(props, x, y, f"bramble_{rng.randrange(3)}")
    # Pines where the plan says, dead trees scattered through the woods.
    taken: set[tuple[int, int]] = set()
    for cx, cy in sorted(PLAN.cells("P")):
        tx, ty = cx * SCALE + 1, cy * SCALE + 1
        m.put(props, tx, ty, "trunk")
        stamp_canopy(m, canopy, "pinetop", tx - 1, ty - 2, 3)
        taken.update((tx + dx, ty + dy) for dx in range(-2, 3) for dy in range(-3, 3))
    for x, y in sorted(woods):
        if (x, y) in taken or rng.random() > 0.07:
            continue
        if any((x + dx, y + dy) in path | water | road for dx in (-1, 0, 1) for dy in (-1, 0, 1)):
            continue
        m.put(props, x, y, "trunk_ash" if rng.random() < 0.3 else "trunk")
        stamp_canopy(m, canopy, "deadtop", x - 1, y - 2, 2)
        taken.update((x + dx, y + dy) for dx in range(-2, 3) for dy in range(-2, 3))
    for x, y in sorted(woods - taken):
        roll = rng.random()
        if roll < 0.035:
            m.put(props, x, y, f"bramble_{rng.randrange(3)}")
        elif roll < 0.05:
            m.put(props, x, y, f"rock_{rng.randrange(2)}")
    m.scatter(
        decor,
        woods | clearing,
        [f"leaves_{i}" for i in range(3)] + [f"ash_drift_{i}" for i in range(3)],
        0.06,
        2,
    )
    # A fallen log and a burning stump in the first clearing: the chase has just passed through.
    m.stamp(props, 14, 50, ts_grid("log", 3, 1))
    m.put(props, 6, 48, "embers_0")

    objects = m.object_layer("objects")
    px, py = anchor("1")
    objects.objects += [
        Obj("Spawn", "spawn_player", px, py, point=True, props={"who": "player", "facing": "up"}),
        Obj("Spawn", "spawn_partner", px + 14, py + 6, point=True, props={"who": "partner", "facing": "up"}),
        Obj("Spawn", "spawn_cube", 30 * TS, 44 * TS, point=True, props={"who": "cube"}),
        Obj("Light", "light_embers", 6.5 * TS, 48.5 * TS, point=True,
            props={"radius": 40.0, "color": "#fff77622", "intensity": 0.7, "flicker": True}),
    ]  # fmt: skip
    for name, ch, node in (
        ("trig_opening", "1", "opening"),
        ("trig_first_brush", "2", "first_brush"),
        ("trig_stream", "4", "stream"),
        ("trig_light_finds_us", "3", "light_finds_us"),
        ("trig_hold_hands", "5", "hold_hands"),
        ("trig_highway_sight", "6", "highway_sight"),
    ):
        cx, cy = anchor(ch)
        objects.objects.append(
            Obj("Trigger", name, cx - 3 * TS, cy - 3 * TS, 6 * TS, 6 * TS, props={"node": node})
        )
    for name, ch in (("cp_clearing", "2"), ("cp_ash", "3"), ("cp_highway", "6")):
        cx, cy = anchor(ch)
        objects.objects.append(Obj("Checkpoint", name, cx - 2 * TS, cy - 2 * TS, 4 * TS, 4 * TS))
    for name, x, y in (("hide_car_west", 14, 8), ("hide_car_mid", 47, 6), ("hide_car_east", 66, 9)):
        objects.objects.append(Obj("HideSpot", name, x * TS, y * TS, 3 * TS, TS, props={"capacity": 2}))
    objects.objects.append(Obj("HideSpot", "hide_log", 14 * TS, 51 * TS, 3 * TS, TS, props={"capacity": 2}))
    objects.objects.append(Obj("Exit", "exit_highway", 78 * TS, 2 * TS, 2 * TS, 8 * TS, props={"to": "mall"}))
    route = [(10, 44), (24, 36), (36, 24), (52, 30), (62, 18), (70, 30), (60, 46), (40, 50), (20, 54)]
    objects.objects.append(
        Obj("Patrol", "patrol_wood", route[0][0] * TS, route[0][1] * TS,
            polygon=[(x * TS, y * TS) for x, y in route], props={"speed": 0.9})
    )  # fmt: skip
    road_route = [(4, 5), (40, 6), (76, 5)]
    objects.objects.append(
        Obj("Patrol", "patrol_highway", road_route[0][0] * TS, road_route[0][1] * TS,
            polyline=[(x * TS, y * TS) for x, y in road_route], props={"speed": 1.1})
    )  # fmt: skip
    return m


def ts_grid(prefix: str, w: int, h: int) -> list[list[str]]:
    """Tile names of a multi-tile prop."""
    return [[f"{prefix}_{x}_{y}" for x in range(w)] for y in range(h)]


def stamp_canopy(m: MapBuilder, layer: object, prefix: str, x: int, y: int, rows: int) -> None:
    """Place a tree crown (3 wide) with its top-left at (x, y), without overwriting another crown."""
    from tools.mapkit import TileLayer

    assert isinstance(layer, TileLayer)
    for dy in range(rows):
        for dx in range(3):
            if (x + dx, y + dy) not in layer.cells:
                m.put(layer, x + dx, y + dy, f"{prefix}_{dx}_{dy}")
