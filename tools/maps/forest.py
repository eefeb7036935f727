"""The forest (scene 1): night, ash falling, a dead wood between the pair and the broken highway.

The region plan is coarse (one character is a 2x2 block of tiles); trails and the stream are polylines in tile
coordinates, so they curve. The chase begins in the south-west clearing; trails fork and loop through the wood
(a chase can always be broken by circling a grove); the stream can be crossed only where a trail fords it; the
light finds the pair once, in the ash clearing; the highway runs along the top and leads east, to the mall.

Legend (region plan): ``#`` impassable thicket, ``.`` woods (trees scattered), ``,`` clearing, ``:`` ash,
``P`` pine grove, ``b`` bramble clump, ``H`` highway, ``_`` verge with a guardrail, digits: object anchors.
"""

from __future__ import annotations

import random

from tools.mapkit import TS, MapBuilder, Obj, Plan, PropValue, TileLayer, stroke
from tools.maps import forest_finds
from tools.sets import forest as forest_set

SCALE = 2
PLAN = Plan([
    "########################################",
    "HHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHH",
    "HHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHH",
    "HHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHH",
    "HHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHH",
    "________________________________________",
    "#..b......P........b.....,,.....b....b.#",
    "#.......P.P....b.......,,6,,......P....#",
    "##.P........b.......b...,,,...b........#",
    "#.....b.............................P.##",
    "#..........P...b.....,,,,.....b........#",
    "##..b..............,,,5,,,......P...b..#",
    "#.......b.....P......,,,,....b.........#",
    "#..P.........b..........b.........b...##",
    "##.....b......................b........#",
    "#..........b.....b....b::::::b.....P...#",
    "#....P.............:::::::::::.........#",
    "#..b.........4.....::::::3::::::..b....#",
    "##......b..........::::::::::::........#",
    "#.....,,,,.....P.....b::::::b.....P...##",
    "#..b.,,,,,,.b................b.........#",
    "#....,,2,,,....b......P..........b.....#",
    "#.b..,,,,,,.............b.......P......#",
    "##....,,,,.....b...P.........b........##",
    "#..P........b.............b............#",
    "#.,,,,,,,.........b...........P....b..##",
    "#,,,,,,,,,..P.........b...............##",
    "#,,,,1,,,,,.....b........P........b...##",
    "##,,,,,,,,..b......b..........b......###",
    "########################################",
])  # fmt: skip

# Trails and the stream, in tile coordinates (x, y); the stream is fordable only where a trail crosses it.
TRAILS = [
    [(10, 54), (14, 48), (16, 43), (20, 38), (24, 32), (30, 26), (34, 20), (32, 14), (31, 10)],  # main
    [(24, 32), (34, 33), (44, 36), (52, 35), (58, 30), (62, 22), (68, 16), (72, 10)],  # east, past the ash
    [(14, 48), (24, 50), (36, 48), (44, 44), (48, 38)],  # the loop south of the ash clearing
    [(10, 54), (5, 44), (6, 32), (10, 22), (14, 14), (15, 10)],  # west, along the thicket
    [(34, 33), (40, 26), (46, 22), (54, 20), (62, 22)],  # north loop through the hold-hands clearing
    [(58, 30), (66, 38), (70, 46), (64, 52), (50, 52), (44, 44)],  # the long way round the east
]
STREAM = [(0, 30), (8, 33), (16, 33), (25, 37), (33, 41), (40, 46), (47, 51), (53, 58), (55, 60)]


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
            m.put(ground, x, y, f"grass_{(x * 7919 + y * 104729 + x * y * 31) % 97 % 4}")

    walls = tiles_of(PLAN.cells("#"))
    road = tiles_of(PLAN.cells("H"))
    verge = tiles_of(PLAN.cells("_"))
    ash = tiles_of(PLAN.cells(":3"))
    clearing = tiles_of(PLAN.cells(",124567"))
    path = set().union(*(stroke(t, 1.7, seed=i, wobble=0.3) for i, t in enumerate(TRAILS))) - walls - road
    water = stroke(STREAM, 2.2, seed=9, wobble=0.4) - walls
    woods = (tiles_of(PLAN.cells(".Pb")) | verge) - path - water - ash - clearing

    m.corners(terrain, "asphalt", road | {(x, 10) for x in range(w)})
    m.corners(terrain, "ash", ash, full=[f"ash_full{i}" for i in range(3)])
    m.corners(terrain, "path", path, full=[f"path_full{i}" for i in range(4)])
    m.corners(terrain, "water", water, exclude=path)

    # The highway: dashes down the middle, cracks, rails broken where trails come through, abandoned cars.
    mid = 6
    for x in range(1, w, 3):
        m.put(decor, x, mid, "road_line")
    for x, y in sorted(road):
        if rng.random() < 0.05 and y != mid:
            m.put(decor, x, y, f"road_crack_{rng.randrange(2)}")
    for x in range(w):
        if (x, 10) not in path and (x, 11) not in path and rng.random() > 0.1:
            m.put(props, x, 10, "rail_h")
        if rng.random() > 0.2:
            m.put(props, x, 1, "rail_h")
    cars = ((3, 3, True), (12, 7, False), (22, 2, True), (27, 6, False), (38, 3, False), (44, 7, True),
            (52, 2, False), (57, 6, True), (64, 3, False), (74, 6, True))  # fmt: skip
    for cx, cy, burnt in cars:
        m.stamp(props, cx, cy, grid("carburnt" if burnt else "car", 3, 2))
    for y in range(2, 10):
        m.put(props, 0, y, "thicket_0")

    for x, y in walls:
        m.put(props, x, y, f"thicket_{(x + y) % 2}")
    for cx, cy in PLAN.cells("#"):
        if (cx * 3 + cy) % 2 == 0:
            crown(m, canopy, "pinetop", cx * SCALE - 1, cy * SCALE - 1, 3)

    taken: set[tuple[int, int]] = set(path | water | road)
    # Pine groves: a trunk in each 'P' block, its crown around it (cover to hide under).
    for cx, cy in sorted(PLAN.cells("P")):
        tx, ty = cx * SCALE + 1, cy * SCALE + 1
        if (tx, ty) in taken:
            continue
        m.put(props, tx, ty, "trunk")
        crown(m, canopy, "pinetop", tx - 1, ty - 2, 3)
        taken |= {(tx + dx, ty + dy) for dx in range(-2, 3) for dy in range(-3, 2)}
    # Bramble clumps: most of a 3x3 around each 'b' block.
    for cx, cy in sorted(PLAN.cells("b")):
        for dx in range(-1, 3):
            for dy in range(-1, 3):
                cell = (cx * SCALE + dx, cy * SCALE + dy)
                if cell not in taken and cell not in walls and rng.random() < 0.6:
                    m.put(props, *cell, f"bramble_{rng.randrange(3)}")
                    taken.add(cell)
    # Dead trees through the woods, never crowding a trail.
    for x, y in sorted(woods):
        if (x, y) in taken or rng.random() > 0.09:
            continue
        if any((x + dx, y + dy) in path | water | road for dx in (-1, 0, 1) for dy in range(-3, 2)):
            continue  # keep trunks off trails and crowns off the water
        m.put(props, x, y, "trunk_ash" if rng.random() < 0.35 else "trunk")
        crown(m, canopy, "deadtop", x - 1, y - 3, 3)
        taken |= {(x + dx, y + dy) for dx in range(-2, 3) for dy in range(-2, 2)}
    for x, y in sorted(woods - taken):
        roll = rng.random()
        if roll < 0.05:
            m.put(props, x, y, f"bramble_{rng.randrange(3)}")
        elif roll < 0.065:
            m.put(props, x, y, f"rock_{rng.randrange(2)}")
    for x, y in sorted(ash):  # charred stumps in the ash; brambles at its rim so the light can be escaped
        if rng.random() < 0.03 and (x, y) not in path:
            m.put(props, x, y, f"rock_{rng.randrange(2)}")
    decor_cells = (woods | clearing) - taken
    m.scatter(
        decor, decor_cells, [f"leaves_{i}" for i in range(3)] + [f"ash_drift_{i}" for i in range(3)], 0.07, 2
    )
    # The first clearing: the chase has just come through (a fallen log to hide behind, a burning stump).
    m.stamp(props, 16, 56, grid("log", 3, 1))
    m.put(props, 4, 50, "embers_0")
    for cell in ((3, 55), (4, 55), (8, 49), (9, 49)):
        m.put(props, *cell, "bramble_1")
    m.stamp(canopy, 66, 0, grid("mallsign", 6, 2))  # the mall's dead sign on the horizon, over the thicket
    for i, cell in enumerate(FIRST_BRUSH):  # the brush the story first hides them in, beside the trail
        m.put(props, *cell, f"bramble_{i % 3}")
    add_set_pieces(m, decor, props, canopy)
    forest_finds.add_grove(m, decor, props, canopy)
    forest_finds.add_finds(m, terrain, decor, props, canopy)

    objects = m.object_layer("objects")
    px, py = anchor("1")
    objects.objects += [
        Obj("Spawn", "spawn_player", px, py, point=True, props={"who": "player", "facing": "up"}),
        Obj("Spawn", "spawn_partner", px + 18, py + 6, point=True, props={"who": "partner", "facing": "up"}),
        Obj("Spawn", "spawn_cube", 20 * TS, 44 * TS, point=True, props={"who": "cube"}),
        Obj("Light", "light_embers", 4.5 * TS, 50.5 * TS, point=True,
            props={"color": "#fff77622", "flicker": True, "intensity": 0.7, "radius": 40.0}),
    ]  # fmt: skip
    for name, ch, node, size in (
        ("trig_opening", "1", "opening", 8),
        ("trig_first_brush", "2", "first_brush", 6),
        ("trig_stream", "4", "stream", 6),
        ("trig_light_finds_us", "3", "light_finds_us", 6),
        ("trig_hold_hands", "5", "hold_hands", 6),
        ("trig_highway_sight", "6", "highway_sight", 6),
    ):
        cx, cy = anchor(ch)
        half = size * TS / 2
        props: dict[str, PropValue] = {"node": node}
        if name in IN_TURN:
            props["once"] = False
        objects.objects.append(Obj("Trigger", name, cx - half, cy - half, size * TS, size * TS, props=props))
    for name, ch in (("cp_clearing", "2"), ("cp_ash", "3"), ("cp_highway", "6")):
        cx, cy = anchor(ch)
        objects.objects.append(Obj("Checkpoint", name, cx - 2 * TS, cy - 2 * TS, 4 * TS, 4 * TS))
    cars_to_hide_by = (("hide_car_west", (12, 9)), ("hide_car_mid", (38, 5)), ("hide_car_east", (64, 5)),
                       ("hide_car_far", (52, 4)), ("hide_car_burnt", (27, 8)), ("hide_car_exit", (74, 8)))  # fmt: skip
    for name, (x, y) in cars_to_hide_by:
        objects.objects.append(Obj("HideSpot", name, x * TS, y * TS, 3 * TS, TS, props={"capacity": 2}))
    objects.objects.append(Obj("HideSpot", "hide_log", 16 * TS, 57 * TS, 3 * TS, TS, props={"capacity": 2}))
    objects.objects.append(Obj("HideSpot", "hide_pileup", 3 * TS, 5 * TS, 3 * TS, TS, props={"capacity": 2}))
    objects.objects.append(
        Obj("HideSpot", "hide_culvert", 72 * TS, 9 * TS, 2 * TS, TS, props={"capacity": 2})
    )
    objects.objects.append(Obj("Exit", "exit_highway", 78 * TS, 2 * TS, 2 * TS, 8 * TS, props={"to": "mall"}))
    wood = [(12, 44), (22, 36), (36, 26), (50, 30), (60, 20), (70, 32), (60, 46), (40, 50), (22, 54)]
    objects.objects.append(
        Obj("Patrol", "patrol_wood", wood[0][0] * TS, wood[0][1] * TS,
            polygon=[(x * TS, y * TS) for x, y in wood], props={"speed": 0.9})
    )  # fmt: skip
    road_route = [(4, 6), (40, 6), (76, 6)]
    objects.objects.append(
        Obj("Patrol", "patrol_highway", road_route[0][0] * TS, road_route[0][1] * TS,
            polyline=[(x * TS, y * TS) for x, y in road_route], props={"speed": 1.1})
    )  # fmt: skip
    add_story_places(objects.objects)
    add_detours(objects.objects)
    objects.objects += forest_finds.grove_objects() + forest_finds.find_objects()
    return m


IN_TURN = frozenset({"trig_stream", "trig_light_finds_us", "trig_hold_hands", "trig_highway_sight"})
"""Triggers that run each time they are entered: the story plays each beat only in its turn (a pair fleeing the
light may cross a later beat's ground early), as trig_hollow, trig_highway and trig_road_east do too."""
FIRST_BRUSH = [(x, y) for x in range(17, 20) for y in range(44, 47)]
"""A thick clump of brambles beside the trail, under the Cube's first pass: where the forest teaches hiding."""
FORD_BRUSH = [(x, y) for x in range(27, 30) for y in range(34, 37)]
"""Brambles on the east bank above the ford, where the pair lie while the light comes down to the water."""
HOLLOW = (69, 38, 9, 9)
"""The hollow east of the ash clearing (x, y, w, h in tiles): a dip ringed by boulders and brambles, open to the
trail on its west side, two pines over its floor (cover), where the pair stop for the first time."""
CAMP = (8, 23, 6, 6)
"""Someone's camp beside the west trail (x, y, w, h): a fire still smouldering, a log to sit on. A detour."""
WRECK = (25, 11, 6, 4)
"""A car that left the highway through the rail and stopped in the trees (x, y, w, h). A detour."""


def clear(m: MapBuilder, layers: tuple[TileLayer, ...], x0: int, y0: int, w: int, h: int) -> None:
    """Take every prop and crown off a rectangle of tiles."""
    for layer in layers:
        for cell in [(x, y) for x in range(x0, x0 + w) for y in range(y0, y0 + h)]:
            layer.cells.pop(cell, None)


def add_set_pieces(m: MapBuilder, decor: TileLayer, props: TileLayer, canopy: TileLayer) -> None:
    """The places the longer story stops at: the ford's brambles, the hollow, the camp, the wreck in the trees."""
    for i, cell in enumerate(FORD_BRUSH):
        m.put(props, *cell, f"bramble_{(i + 1) % 3}")
    hx, hy, hw, hh = HOLLOW
    clear(m, (decor, props, canopy), hx, hy, hw, hh)
    for x in range(hx + 1, hx + 7):  # its floor: dead needles blown in under the pines
        for y in range(hy + 2, hy + 7):
            if (x * 5 + y * 3) % 4:
                m.put(decor, x, y, f"leaves_{(x + y) % 3}")
    for bx, by in ((hx + 1, hy), (hx + 5, hy), (hx + 1, hy + 7), (hx + 5, hy + 7), (hx + 7, hy + 3)):
        m.stamp(props, bx, by, grid("boulder", 2, 2))
    rim = ((3, 0), (4, 0), (7, 1), (7, 2), (7, 5), (7, 6), (3, 8), (4, 8), (0, 1), (0, 6))
    for i, (dx, dy) in enumerate(rim):
        m.put(props, hx + dx, hy + dy, f"bramble_{i % 3}")
    for tx in (hx + 2, hx + 5):  # two pines over the floor, their trunks at its back
        m.put(props, tx, hy + 5, "trunk")
        crown(m, canopy, "pinetop", tx - 1, hy + 3, 3)
    cx, cy, cw, ch = CAMP
    clear(m, (props, canopy), cx, cy, cw, ch)
    m.put(props, cx + 3, cy + 2, "embers_0")
    m.stamp(props, cx + 2, cy + 4, grid("log", 3, 1))
    m.put(props, cx + 5, cy + 1, "bramble_2")
    wx, wy, ww, wh = WRECK
    clear(m, (props, canopy), wx, wy, ww, wh)
    m.stamp(props, wx + 1, wy + 1, grid("car", 3, 2))
    for cell in ((wx + 4, wy + 1), (wx + 4, wy + 2), (wx, wy + 3)):
        m.put(props, *cell, "bramble_0")


STORY_PLACES: dict[str, tuple[float, float]] = {
    "mark_run_in": (11.5, 51.5),  # the pair's first strides (the opening runs them here)
    "mark_run_in_b": (13.0, 52.2),
    "mark_first_brush": (18.5, 45.5),  # the middle of FIRST_BRUSH
    "mark_ash_snap": (51.0, 35.5),  # where the branch snaps (on the noise), in the open ash
    "mark_ash_snap_b": (52.2, 35.8),
    "mark_ash_cover": (57.5, 38.5),  # brambles at the ash clearing's rim, where Dal pulls Byeol
    "mark_ash_cover_b": (58.5, 39.5),
    "mark_ford_brush": (28.5, 35.5),  # the middle of FORD_BRUSH
    "mark_clearing_brush": (48.5, 25.5),  # the brambles at the south edge of the hold-hands clearing
    "mark_hollow": (72.5, 42.5),  # where Dal sits in the hollow, under the pines
    "mark_hollow_b": (73.5, 42.6),
    # The camera's mark for the talk in the hollow: south of the pair, so they stand in the upper middle of the
    # screen, clear of the dialogue panel and the choice list under them.
    "mark_hollow_talk": (73.0, 45.5),
}
"""Points the story names (tile coordinates): move targets and camera marks. Plain named points, no class."""


def add_story_places(out: list[Obj]) -> None:
    """The story's marks, the dead sign on the horizon, the noises in the ash clearing that call the Cube."""
    for name, (x, y) in STORY_PLACES.items():
        out.append(Obj("", name, x * TS, y * TS, point=True))
    # The mall's dead sign on the horizon (stamped over the thicket at the top edge): its letters still buzz.
    out.append(Obj("Light", "light_mall_sign", 69.0 * TS, 1.0 * TS, point=True,
                   props={"color": "#fff26b8a", "flicker": True, "intensity": 0.9, "radius": 56.0}))  # fmt: skip
    # Out of the Cube's light at last: a soft warm glow over the hollow's floor, where they sit and talk.
    out.append(Obj("Light", "light_hollow", 73.0 * TS, 42.0 * TS, point=True,
                   props={"color": "#ffffc29a", "intensity": 0.8, "radius": 52.0}))  # fmt: skip
    # Silent by themselves (a point is never touched): the story sounds them, and the Cube comes to look.
    for name, (x, y) in (
        ("noise_log", (17.5, 57.5)),  # the pair landing under the fallen log in the first clearing
        ("noise_ash", (51.5, 35.5)),  # a dead tree coming down, then the branch under Byeol's foot
        ("noise_ford", (24.5, 36.5)),  # the bank they climbed slides into the water behind them
        ("noise_stream_down", (35.5, 42.5)),  # Dal's stone, thrown downstream
        ("noise_clearing", (45.5, 18.5)),  # another dead tree, across the hold-hands clearing, coming down
        ("noise_hubcap", (60.5, 7.5)),  # the hubcap Byeol kicks, rolling off along the highway
        ("noise_hubcap_down", (72.5, 7.0)),  # where the hubcap, far down the road, finally falls flat
    ):
        out.append(Obj("NoiseSource", name, x * TS, y * TS, point=True, props={"radius": 48.0, "period": 0}))


def add_detours(out: list[Obj]) -> None:
    """The hollow and the highway the story leads to; the camp and the wreck nobody points at (found by looking)."""
    hx, hy, _, _ = HOLLOW
    cx, cy, cw, ch = CAMP
    wx, wy, ww, wh = WRECK
    out += [
        Obj("Trigger", "trig_light_ahead", 10 * TS, 47 * TS, 8 * TS, 2 * TS, props={"node": "light_ahead"}),
        Obj("Trigger", "trig_hollow", (hx + 1) * TS, (hy + 2) * TS, 6 * TS, 5 * TS,
            props={"node": "hollow", "once": False}),
        Obj("Trigger", "trig_highway", 48 * TS, 5 * TS, 6 * TS, 6 * TS, props={"node": "highway", "once": False}),
        Obj("Trigger", "trig_road_east", 64 * TS, 2 * TS, 2 * TS, 8 * TS, props={"node": "road_east", "once": False}),
        Obj("Trigger", "trig_camp", cx * TS, cy * TS, cw * TS, ch * TS, props={"node": "camp", "found": True}),
        Obj("Trigger", "trig_wreck", wx * TS, wy * TS, ww * TS, wh * TS, props={"node": "wreck", "found": True}),
        Obj("Light", "light_camp", (cx + 3.5) * TS, (cy + 2.5) * TS, point=True,
            props={"color": "#fff77622", "flicker": True, "intensity": 0.6, "radius": 36.0}),
    ]  # fmt: skip


def grid(prefix: str, w: int, h: int) -> list[list[str]]:
    """Tile names of a multi-tile prop."""
    return [[f"{prefix}_{x}_{y}" for x in range(w)] for y in range(h)]


def crown(m: MapBuilder, layer: TileLayer, prefix: str, x: int, y: int, rows: int) -> None:
    """Place a tree crown (3 wide) with its top-left at (x, y), under any crown already there."""
    for dy in range(rows):
        for dx in range(3):
            if (x + dx, y + dy) not in layer.cells:
                m.put(layer, x + dx, y + dy, f"{prefix}_{dx}_{dy}")
