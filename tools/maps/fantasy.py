"""The fantasy (scene 3): the dream, seen through the camcorder. No Cube here, at first.

The pair arrive at the south gate of a sunny garden. A sand path crosses a pond by a bridge (a bench on the
bank: growing old), forks west to a wedding garden (an arch, white chairs, an aisle) and east to a small home
(a bed, breakfast for two), and climbs north to the great old tree on the hill, where the dream glitches and
breaks. Lowering the camcorder shows what is really there: a grey roof garden in ruins, with the same shapes.
Off the way, found only by looking (``tools/maps/fantasy_finds.py``): two chairs either side of a tree, a
vegetable patch, two towels on the pond's bank.

Every solid thing stands in the same place in both views; only its look changes. Legend: ``#`` border,
``.`` meadow, ``f`` flowers, ``=`` path, ``~`` pond, ``B`` bridge, ``T`` tree, ``O`` the old tree (its trunk),
``h`` hedge, ``F`` fence, ``A`` the arch's left foot, ``a`` under the arch, ``L`` the altar table, ``r`` aisle,
``c`` chair, ``W`` home wall, ``w`` home floor, ``d`` front door, ``b`` bed (2x2), ``k`` kitchen counter,
``t`` table, ``n`` bench, digits: object anchors (on the path or the floor they stand in).
"""

from __future__ import annotations

from tools.mapkit import TS, MapBuilder, Obj, Plan, PropValue, TileLayer
from tools.maps.fantasy_finds import add_finds, find_objects
from tools.pixel import hash01
from tools.sets import fantasy as fantasy_set

PLAN = Plan([
    "##################################################",
    "#.....ff..............f...f...........f..........#",
    "#.................f..f..==....f.f.......f.f....f.#",
    "#...................f..f==..f......ff............#",
    "#.f...T......f.......O..==......................f#",
    "#..............f...f....==..f.......T............#",
    "#...f..f......Tff..f..f.==............f..........#",
    "#.......f...............==..f.f..fff..f.....T...f#",
    "#...f..f.............f..5=...........f...........#",
    "#.........f.............==.......................#",
    "#..FFFFFFFFFFFFFFF.ff...==..f........f..f..f.....#",
    "#..F......L......F......==....WWWWWWWWWWWWWWW....#",
    "#..F.f...Aaa.....Ff.....==....WwwwwwwWwkkkkkW.f.f#",
    "#f.F......7......F....f.==....WwbbwtwWwwwwwwW....#",
    "#..F.cccc.r.cccc.F......==.f..WwbbwwwWwwwwwwW....#",
    "#.hF.f..f.2......F......==....Www6wwwWwwwwwwW.fff#",
    "#..F.cccc.r.cccc.F..T...==....WwwwwwwwwcttcwW....#",
    "#f.F......r..ff..Fff...f==..TfWwwwww3wwwwwwwW..f.#",
    "#..F.cccc.r.cccc.F......==....WwwwwwwwwwwwwwWf...#",
    "#ffFf.ff..r......Ff...f.==.f..WwwwwwwwwwwwwwW....#",
    "#..F......r......F....f.==..f.WWWWWWWddWWWWWW....#",
    "#..FFFFFF===FFFFFF...f..==f.ff..f...f...........f#",
    "#.ff...f...==.......f...==....f..f.====.........f#",
    "#...........========================..........f..#",
    "#..f.......f..f.........==....4.......f....f.....#",
    "#.f.f..f.f.....f..~~~~~~BB~............f.......h.#",
    "#..............~~~~~~~~~BB~~~nn..T....f......f.h.#",
    "#....T........~~~~~~~~~~BB~~~~~......f..f.....f..#",
    "#f....f.......~~~~~~~~~~BB~~~~~..f.....f...f.....#",
    "#...f.........~~~~~~~~~~BB~~~~~.8.........T......#",
    "#....f...ff....~~~~~~~~~BB~~~~..f................#",
    "#.............T...~~~~~~BB~f...f.................#",
    "#......f..f.............==.....ff.f.........f..f.#",
    "#..ff..........f.f...f..==..................f....#",
    "#...f...T.f....f.......f==...............f.......#",
    "#...........f.....hh...f==....hh....f...T......f.#",
    "#.......ff....f.....f...1=f..............f.......#",
    "#...............f.......==..f..................ff#",
    "#.......f...f...f.......==.....f.....ff..........#",
    "##################################################",
])  # fmt: skip

SOLID_PROPS = {"T": "trunk", "h": "hedge", "F": "fence", "c": "chair", "L": "altar", "k": "kitchen",
               "t": "table", "n": "bench"}  # fmt: skip


def terrain_of(x: int, y: int) -> str:
    """An anchor stands on whatever is to its left or right (path or floor)."""
    ch = PLAN[x, y]
    if ch.isdigit():
        for nx in (x - 1, x + 1):
            if PLAN[nx, y] in "=w":
                return PLAN[nx, y]
        return "."
    return ch


def build() -> MapBuilder:
    """Lay out the dream garden and the roof garden under it."""
    ts = fantasy_set.build()
    m = MapBuilder(PLAN.width, PLAN.height, [(ts, "../assets/tilesets/fantasy.tsx")])
    w, h = m.width, m.height
    m.props = {
        "scene": "fantasy",
        "story": "fantasy.yaml",
        "music": "fantasy_dream",
        "darkness": 0.0,
        "cube": False,
    }
    kind = {(x, y): terrain_of(x, y) for y in range(h) for x in range(w)}

    def where(chars: str) -> set[tuple[int, int]]:
        return {c for c, ch in kind.items() if ch in chars}

    border = m.tile_layer("border")
    real = m.group("reality", view="reality")
    ground_r = m.tile_layer("ground_real", group=real)
    terrain_r = m.tile_layer("terrain_real", group=real)
    props_r = m.tile_layer("props_real", group=real)
    dream = m.group("dream", view="dream")
    ground_d = m.tile_layer("ground_dream", group=dream)
    terrain_d = m.tile_layer("terrain_dream", group=dream)
    flowers_d = m.tile_layer("flowers_dream", group=dream)
    props_d = m.tile_layer("props_dream", group=dream)
    above_r = m.tile_layer("crowns_real", above=True, view="reality")
    above_d = m.tile_layer("crowns_dream", above=True, view="dream")

    for (x, y), ch in kind.items():
        v = int(hash01(x, y, 3) * 3)
        m.put(ground_d, x, y, f"meadow_{v}")
        m.put(ground_r, x, y, f"gravel_{v}")
        if ch == "#":
            m.put(border, x, y, "hedge_border" if (x + y) % 3 else "rail_border")
    path = where("=ad")
    water = where("~")
    m.corners(terrain_d, "sand", path, full=["sand_full0", "sand_full1"])
    m.corners(terrain_r, "slab", path, full=["slab_full0", "slab_full1"])
    m.corners(terrain_d, "pond", water, exclude=where("B"))
    m.corners(terrain_r, "tank", water, exclude=where("B"))
    for x, y in where("B"):
        m.put(terrain_d, x, y, "bridge_d")
        m.put(terrain_r, x, y, "bridge_r")
    for x, y in sorted(where("f")):
        v = int(hash01(x, y, 9) * 4)
        m.put(flowers_d, x, y, f"flowers_{v}_0")
        if hash01(x, y, 10) < 0.5:
            m.put(props_r, x, y, f"weeds_{v}")
    for x, y in sorted(where(".")):
        roll = hash01(x, y, 11)
        if roll < 0.015:
            m.put(flowers_d, x, y, "butterfly_0")
        elif roll < 0.2:
            m.put(flowers_d, x, y, f"flowers_{int(hash01(x, y, 12) * 4)}_0")
    for x, y in where("r"):
        m.put(terrain_d, x, y, "runner_d")
        m.put(terrain_r, x, y, "runner_r")
    home = where("wWdb36kt") - {c for c in where("t") if c[0] < 30}
    home_walls = where("W")
    for x, y in home:
        m.put(terrain_d, x, y, "floor_d" if (x, y) not in where("d") else "door_d")
        m.put(terrain_r, x, y, "floor_r" if (x, y) not in where("d") else "door_r")
    for x, y in home_walls:
        mask = sum(bit for bit, (dx, dy) in ((1, (0, -1)), (2, (1, 0)), (4, (0, 1)), (8, (-1, 0)))
                   if (x + dx, y + dy) in home_walls)  # fmt: skip
        m.put(props_d, x, y, f"wall_d{mask}")
        m.put(props_r, x, y, f"wall_r{mask}")
    for (x, y), ch in sorted(kind.items()):
        for layer, crowns, d in ((props_d, above_d, "d"), (props_r, above_r, "r")):
            if ch in SOLID_PROPS:
                name = SOLID_PROPS[ch]
                if ch == "h":
                    name += f"_{d}{(x + y) % 2}"
                elif ch == "t" and (x, y) in home and (x - 1, y) in where("c"):
                    name = "table"
                m.put(layer, x, y, name if ch == "h" else f"{name}_{d}")
                if ch == "T":
                    stamp(m, crowns, x - 1, y - 2, f"crown_{d}", 3, 3)
            elif ch == "c" and (x, y) in home:
                m.put(layer, x, y, f"stool_{d}")
            elif ch == "b" and kind.get((x - 1, y)) != "b" and kind.get((x, y - 1)) != "b":
                stamp(m, layer, x, y, f"bed_{d}", 2, 2)
            elif ch == "A":
                stamp(m, crowns, x, y - 1, f"arch_{d}", 3, 2)
            elif ch == "O":
                m.put(layer, x, y, f"trunk_{d}")
                stamp(m, crowns, x - 2, y - 4, f"oldtree_{d}", 5, 5)
    # The arch's feet are solid; walking under its middle is the aisle.
    for x, y in where("A"):
        m.put(props_d, x, y, "fence_d")
        m.put(props_r, x, y, "fence_r")
        m.put(props_d, x + 2, y, "fence_d")
        m.put(props_r, x + 2, y, "fence_r")
    add_finds(m, (terrain_d, terrain_r), flowers_d, (props_d, props_r))

    objects = m.object_layer("objects")
    add_objects(objects.objects)
    return m


def anchor(ch: str) -> tuple[float, float]:
    """The pixel centre of an anchor."""
    x, y = PLAN.find(ch)
    return ((x + 0.5) * TS, (y + 0.5) * TS)


def add_objects(out: list[Obj]) -> None:
    """Spawns, the exit where the dream breaks, keepsakes, checkpoints and the story's triggers."""
    sx, sy = anchor("1")
    out += [
        Obj("Spawn", "spawn_player", sx, sy, point=True, props={"facing": "up", "who": "player"}),
        Obj("Spawn", "spawn_partner", sx + TS, sy + 4, point=True, props={"facing": "up", "who": "partner"}),
        Obj("Exit", "exit_dream_breaks", 23 * TS, 1 * TS, 4 * TS, 2 * TS,
            props={"to": "confrontation", "requires": "shattered"}),
        Obj("Item", "item_ring", *anchor("7"), point=True, props={"item": "ring", "view": "dream"}),
        Obj("Item", "item_photo", *anchor("6"), point=True, props={"item": "photo", "view": "dream"}),
        Obj("Item", "item_flower", *anchor("8"), point=True, props={"item": "flower", "view": "dream"}),
        Obj("Light", "light_sun", 24 * TS, 5 * TS, point=True,
            props={"color": "#fffee761", "intensity": 0.8, "radius": 120.0}),
    ]  # fmt: skip
    for name, ch, node, (w, h) in (
        ("trig_arrive_dream", "1", "arrive_dream", (6, 3)),
        ("trig_memory_growing_old", "4", "memory_growing_old", (4, 3)),
        ("trig_glitch", "5", "glitch", (8, 3)),
    ):
        cx, cy = anchor(ch)
        props: dict[str, PropValue] = {"node": node}
        if name in AGAIN:
            props["once"] = False
        out.append(Obj("Trigger", name, cx - w * TS / 2, cy - h * TS / 2, w * TS, h * TS, props=props))
    # Each memory is walked through, a place at a time (tile rectangles); every place runs each time it is
    # entered, and the story plays the one the memory has come to.
    for name, node, (x, y, w, h) in VIGNETTES:
        out.append(Obj("Trigger", name, x * TS, y * TS, w * TS, h * TS, props={"node": node, "once": False}))
    for name, (x, y) in (
        ("mark_bench", (29.5, 25.5)),
        ("mark_bench_b", (30.5, 25.5)),
    ):  # sitting on the bench
        out.append(Obj("", name, x * TS, y * TS, point=True))
    # The camera's marks for the quiet talks (south of the pair, so they stand above the dialogue panel), and a
    # soft warm light in each room they talk in: the bedroom, the kitchen table, the bench.
    for name, (x, y) in (
        ("mark_bed_talk", (33.0, 19.0)),
        ("mark_kitchen_talk", (41.0, 21.0)),
        ("mark_bench_talk", (30.0, 28.5)),
    ):
        out.append(Obj("", name, x * TS, y * TS, point=True))
    for name, (x, y) in (
        ("light_bedroom", (33.0, 16.0)),
        ("light_kitchen", (41.0, 18.0)),
        ("light_bench", (30.0, 25.0)),
    ):
        out.append(Obj("Light", name, x * TS, y * TS, point=True,
                       props={"color": "#ffffc29a", "intensity": 0.6, "radius": 52.0}))  # fmt: skip
    for name, ch in (("cp_gate", "1"), ("cp_crossroads", "4"), ("cp_hill", "5")):
        cx, cy = anchor(ch)
        out.append(Obj("Checkpoint", name, cx - 1.5 * TS, cy - 1.5 * TS, 3 * TS, 3 * TS))
    out += find_objects()  # the places found by looking (tools/maps/fantasy_finds.py)


AGAIN = frozenset({"trig_memory_growing_old", "trig_glitch"})
"""Triggers that run every time they are entered: the story waits for the other memories before these."""
VIGNETTES: tuple[tuple[str, str, tuple[float, float, float, float]], ...] = (
    ("trig_memory_wedding", "memory_wedding", (8, 19, 5, 2)),  # the foot of the aisle, inside the gate
    ("trig_wed_aisle", "wed_aisle", (8, 15, 5, 2)),  # halfway between the chairs
    ("trig_wed_arch", "wed_arch", (9, 12, 3, 2)),  # under the arch
    ("trig_memory_home", "memory_home", (36, 19, 4, 2)),  # the front door
    ("trig_home_walls", "home_walls", (31, 17, 2, 3)),  # the living room's far wall, nine steps from the door
    ("trig_home_bed", "home_bed", (31, 15, 4, 2)),  # the foot of the bed
    ("trig_memory_morning", "memory_morning", (38, 13, 5, 3)),  # the kitchen counter, the toaster
    ("trig_morning_table", "morning_table", (39, 17, 4, 2)),  # the kitchen table
    ("trig_doorstep", "doorstep", (36, 21, 4, 2)),  # the front step, outside the door
    ("trig_old_water", "old_water", (31, 28, 3, 3)),  # the pond's edge below the bench, where the flower is
    ("trig_bridge_foot", "bridge_foot", (23, 32, 4, 2)),  # the south end of the bridge
    ("trig_bridge_top", "bridge_top", (23, 23, 4, 2)),  # its north end, on the path up to the hill
    ("trig_hill_path", "hill_path", (22, 14, 6, 2)),  # halfway up the path to the hill
    ("trig_tree", "tree", (22, 3, 5, 2)),  # under the old tree, where the dream breaks
)
"""The places inside the memories (tile rectangles): each memory begins at its first and is walked through."""


def stamp(m: MapBuilder, layer: TileLayer, x: int, y: int, prefix: str, w: int, h: int) -> None:
    """Place a multi-tile prop by its name prefix (top-left at x, y)."""
    m.stamp(layer, x, y, [[f"{prefix}_{dx}_{dy}" for dx in range(w)] for dy in range(h)])
