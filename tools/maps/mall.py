"""The mall (scene 2): an abandoned shopping mall in its car park. Refuge, but not safety.

The pair arrive from the highway at the south-east corner of the car park, where the Cube circles. Inside: a
department store (west) with the heap of clothes, a food court and an atrium with skylights (centre), a music
shop with a broken speaker and an electronics shop with the camcorder (east). Through the camcorder the mall is
bright and alive, and the dream shows the way on: glowing marks, the door that is really there (a wall in
reality), and an intact floor where reality has a hole, up the stairs to the roof garden.

The building plan is full resolution (one character per tile), placed at (BX, BY); the car park around it is
laid out in code. Legend: ``W`` wall, ``g`` glass, ``o`` floor (roofed), ``c`` carpet (roofed), ``s`` skylight,
``e`` entrance hall (open to the sky through the glass), ``D`` the door that is really there, ``x`` a hole in
reality (intact floor in the dream), ``S`` stairs to the roof, ``r`` clothes rack (2 wide), ``H`` the heap of
clothes (3x2), ``m`` mannequin, ``k`` shelf, ``T`` TV shelf, ``C`` counter, ``t`` table, ``f`` fountain (3x3),
``P`` potted plant, ``n`` the broken speaker, ``R`` rubble (reality only), ``b`` the photo booth's stool (its
screen ``T`` above it, its walls either side), digits: object anchors (floor).
"""

from __future__ import annotations

import random
from itertools import pairwise

from tools.mapkit import TS, MapBuilder, Obj, Plan, PropValue, TileLayer
from tools.maps import mall_wing
from tools.pixel import hash01
from tools.sets import mall as mall_set

W, H = 85, 50
BX, BY = 10, 6
DX = 15
"""Columns the east wing added: everything east of the old building (the east lot, the way in from the
highway) moved this far east."""
CORE = [
    "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW",
    "WccccccccccccccWSSoooxxxooooooooooWTTTTkkkkkkkkkkW",
    "WcrrcrrcrrcrrccWSSoooxxxooooooooooWooooooooooooooW",
    "WccccccccccccccWSSoooxxxooooooooooWokkokkokkokkooW",
    "WcrrcrrcrrcrrccWWWWWWWWWDDWWWWWWWWWooooooooooooooW",
    "WccccccccccccccWCCCCCoCCooCCCCCCooWokkokkokk5ooknW",
    "WcmcccccccccmccWoooooooooooooooooooooooooooooooooW",
    "WccccccccccccccWototootoo2ootootoooooooooooooooooW",
    "WccsssccrrcrrccWooooooooooooooooooookkokkokkoCCCoW",
    "WccssscccccccccWototootoootootootoWoooooooooooo6oW",
    "WccsssccrrcrrccWooooooooooooooooooWooooooooooooooW",
    "WccccccccccccccWoooPooooooooooPoooWooooooooooooooW",
    "WcrrccccccccrrcWoooooosssssssoooooWWWWWWWWWWWWWWWW",
    "WccccccccccccccWoooooosssssssoooooWTTTTkkkkkkkkkkW",
    "Wcrrcc1cccmccccWoooooosssssssoooooWooooooooooooooW",
    "WccccHHHcccccccWoooooooooooooRooooWokkokkokkokkooW",
    "WccccHHHcccccccWoPooooooofffooooPoWooooooooooooooW",
    "WcrrcccccccrrccWooooooooofffooooooWokkokkokkokkooW",
    "WccccccccccccccoooooooooofffoooRooWooooooooooooooW",
    "WcrrcrrcrrcccCcooooooooooooooooooooooooooooooooooW",
    "WccccccccccccCcooooo3oooooooooooooooooooCCCCCCCooW",
    "WcrrcrrcrrcccCcooooooosssssssooooooooooo7ooooooCoW",
    "WccccccccccccccooooooosssssssoooooWooooooooooooCoW",
    "WcmcccccccccmccWoooooosssssssoooooWokkoooooooooooW",
    "WccccccccccccccWoPoooRooooooooooPoWokkooo8oookkooW",
    "WcrrcrrcrrcrrccWWTWoooooooooooooooWooooooooooooooW",
    "WccccccccccccccWWbWoooooooooooooooWokkokkokkokkooW",
    "WckkckkckkcrrccWooooooooooooooooooWooooooooooooooW",
    "WccccccccccccccWeeeeeeeeeeeeeeeeeeWooooooooooooooW",
    "WccccccccccccccWeeeeeeee4eeeeeeeeeWokkokkokkokkooW",
    "WccccccccccccccWeeeeeeeeeeeeeeeeeeWooooooooooooooW",
    "WggggggggggggggWggggggeeeeeeggggggWggggggggggggggW",
]  # fmt: skip
BUILDING = Plan(mall_wing.join(CORE))


def build() -> MapBuilder:
    """Lay out the mall and its car park."""
    ts = mall_set.build()
    m = MapBuilder(W, H, [(ts, "../assets/tilesets/mall.tsx")])
    m.props = {"scene": "mall", "story": "mall.yaml", "music": "mall_refuge", "darkness": 0.55, "cube": True}
    rng = random.Random(2)
    plan = BUILDING
    cells = {(x + BX, y + BY): plan[x, y] for y in range(plan.height) for x in range(plan.width)}

    def where(chars: str) -> set[tuple[int, int]]:
        return {c for c, ch in cells.items() if ch in chars}

    ground = m.tile_layer("ground")
    paving = m.tile_layer("paving")
    lot = m.tile_layer("car_park")
    walls = m.tile_layer("walls")
    real = m.group("reality", view="reality")
    floor_r = m.tile_layer("floor_real", group=real)
    marks_r = m.tile_layer("light_real", group=real)
    props_r = m.tile_layer("props_real", group=real)
    dream = m.group("dream", view="dream")
    floor_d = m.tile_layer("floor_dream", group=dream)
    marks_d = m.tile_layer("marks_dream", group=dream)
    props_d = m.tile_layer("props_dream", group=dream)
    lamps = m.tile_layer("lamps", above=True)
    awn_r = m.tile_layer("awnings_real", above=True, view="reality")
    awn_d = m.tile_layer("awnings_dream", above=True, view="dream")

    # Car park: asphalt everywhere, a pavement ring round the building, bays, lamps, hedges, cars.
    for y in range(H):
        for x in range(W):
            m.put(ground, x, y, f"asphalt_{(x * 31 + y * 17) % 7 % 2}")
    building = set(cells)
    ring = {(x, y) for x in range(BX - 2, BX + plan.width + 2) for y in range(BY - 2, BY + plan.height + 2)}
    m.corners(paving, "pavement", ring - building, full=["pavement_full0", "pavement_full1"])
    for x in range(W):
        m.put(walls, x, 0, "fence")
    for y in range(1, H):
        m.put(walls, 0, y, "fence")
        m.put(walls, W - 1, y, "fence")
    for x in range(1, W - 1):
        if not 58 + DX <= x <= 66 + DX:  # the way in from the highway, at the south-east corner
            m.put(walls, x, H - 1, "fence")
    occupied = set(ring)
    # South lot: rows of bays with hedges between them; cars parked here and there.
    for row_y in (41, 45):
        for x in range(3, W - 3, 2):
            if 29 <= x <= 40:
                continue
            m.put(lot, x, row_y, "line_v")
            m.put(lot, x, row_y + 1, "line_v")
    for x in range(2, W - 2):
        if not 28 <= x <= 41 and x % 9 != 0:
            m.put(walls, x, 44, f"hedge_{x % 3}")
            occupied.add((x, 44))
    parked = [(4, 41, "carv_a"), (12, 41, "carv_b"), (22, 45, "carv_c"), (46, 41, "carv_a"), (56, 45, "carv_b"),
              (62, 41, "carv_c"), (17, 45, "carv_b"), (50, 45, "carv_a"), (70, 41, "carv_b"),
              (66, 45, "carv_c")]  # fmt: skip
    parked.append((41, 40, "carv_a"))  # by the entrance: the pair duck behind it when the trolley goes
    for x, y, car in parked:
        stamp(m, walls, x, y, car, 2, 3)
        occupied |= {(x + dx, y + dy) for dx in range(2) for dy in range(3)}
    # West and east lots: cars nose-in, hedges along the fences, trolley corrals.
    for x, y, car in ((2, 12, "carh_a"), (2, 24, "carh_b"), (65 + DX, 16, "carh_b"), (65 + DX, 30, "carh_a")):
        stamp(m, walls, x, y, car, 3, 2)
        occupied |= {(x + dx, y + dy) for dx in range(3) for dy in range(2)}
    for y in range(2, 40):
        if y % 7 != 0:
            m.put(walls, 1, y, f"hedge_{y % 3}")
            m.put(walls, W - 2, y, f"hedge_{(y + 1) % 3}")
    for x in range(2, W - 2):
        if x % 8 != 3:
            m.put(walls, x, 1, f"hedge_{x % 3}")
    for x, y in ((4, 35), (66 + DX, 8), (26, 47), (33, 42)):  # the last one got loose, against the lamp post
        m.put(walls, x, y, "trolleys")
    lamp_spots = [
        (5, 5),
        (5, 20),
        (5, 34),
        (64 + DX, 5),
        (64 + DX, 20),
        (64 + DX, 34),
        (66, 2),
        (70, 42),
        (20, 42),
        (34, 43),
        (50, 42),
        (34, 2),
        (18, 2),
        (50, 2),
    ]
    for x, y in lamp_spots:
        stamp(m, lot, x - 1, y - 1, "sodium", 3, 3)
        m.put(walls, x, y, "lamp_post")
        m.put(lamps, x, y - 1, "lamp_head_0")

    # The building: walls (edge autotiled), glass, then each view's floors and furnishings.
    wall_cells = where("W")
    for x, y in wall_cells:
        mask = sum(
            bit
            for bit, (dx, dy) in ((1, (0, -1)), (2, (1, 0)), (4, (0, 1)), (8, (-1, 0)))
            if (x + dx, y + dy) in wall_cells
        )
        m.put(walls, x, y, f"wall_{mask}")
    for (x, y), ch in cells.items():
        if ch == "g":
            m.put(walls, x, y, "glass_h_r")
    inside = set(cells) - wall_cells - where("g")
    floors = {"c": ("carpet_r", "carpet_d"), "s": ("sky_r", "sky_d"), "e": ("open_r", "open_d"),
              "S": ("stairs_r", "stairs_d")}  # fmt: skip
    for (x, y), ch in cells.items():
        if (x, y) not in inside:
            continue
        worn = hash01(x, y, 5)
        real_tile, dream_tile = floors.get(
            ch, ("floor_r1" if worn < 0.3 else "floor_r", "floor_d1" if worn < 0.2 else "floor_d")
        )
        if ch in "rHmk" and x - BX < 15:
            real_tile, dream_tile = "carpet_r", "carpet_d"
        m.put(floor_r, x, y, real_tile)
        m.put(floor_d, x, y, dream_tile)
    # Reality: the hole and the wall where the dream has a door; dream: the door, the floor over the hole.
    for x, y in where("x"):
        m.put(props_r, x, y, "hole")
    for x, y in where("D"):
        m.put(props_r, x, y, "door_real_wall")
        m.put(floor_d, x, y, "door_dream")
        m.put(floor_r, x, y, "floor_r")
    for x, y in where("R"):
        m.put(props_r, x, y, f"rubble_{(x + y) % 3}")
    for (x, y), ch in sorted(cells.items()):
        for layer, d in ((props_r, "r"), (props_d, "d")):
            if ch == "r" and cells.get((x - 1, y)) != "r":
                stamp(m, layer, x, y, f"rack_{d}", 2, 1)
            elif ch == "H" and cells.get((x - 1, y)) != "H" and cells.get((x, y - 1)) != "H":
                stamp(m, layer, x, y, f"heap_{d}", 3, 2)
            elif ch == "m":
                m.put(layer, x, y, f"mannequin_{d}")
            elif ch == "k":
                m.put(layer, x, y, f"shelf_{d}{(x + y) % 2}")
            elif ch == "T":
                m.put(layer, x, y, "tv_r" if d == "r" else "tv_d0")
            elif ch == "C":
                m.put(layer, x, y, f"counter_{d}")
            elif ch == "t":
                m.put(layer, x, y, f"table_{d}")
            elif ch == "P":
                m.put(layer, x, y, f"plant_{d}")
            elif ch == "n":
                m.put(layer, x, y, f"speaker_{d}")
            elif ch == "f" and cells.get((x - 1, y)) != "f" and cells.get((x, y - 1)) != "f":
                stamp(m, layer, x, y, "fountain_r" if d == "r" else "fountain_d0", 3, 3)
    # Reality's floor is strewn with debris; the dream's has marks leading to the door.
    m.scatter(
        props_r,
        {c for c in inside if cells[c] in "oce"} - where("x"),
        [f"debris_{i}" for i in range(3)],
        0.05,
        4,
    )
    trail = [(54, 29), (46, 27), (44, 25), (40, 22), (37, 17), (36, 14), (35, 12)]
    for (x0, y0), (x1, y1) in pairwise(trail):
        steps = max(abs(x1 - x0), abs(y1 - y0))
        for i in range(0, steps, 2):
            x, y = x0 + (x1 - x0) * i // steps, y0 + (y1 - y0) * i // steps
            if cells.get((x, y)) in ("o", "s", "e"):
                m.put(marks_d, x, y, "mark_dots" if i % 4 else "mark_arrow")
    # Fluorescent tubes that still work, here and there (reality).
    for x, y in sorted(inside):
        if cells[(x, y)] in "o" and (x % 6, y % 5) == (2, 1):
            m.put(marks_r, x, y, "fluoro_0")
    # Awnings over the shop doors and the entrance (cover from the light that comes through the glass).
    for x in range(BX + 16, BX + 34):
        m.put(awn_r, x, BY + 28, f"awning_r{x % 3}")
        m.put(awn_d, x, BY + 28, f"awning_d{x % 3}")
    mall_wing.add_shutter(m, awn_r, awn_d, BX, BY)

    objects = m.object_layer("objects")
    add_objects(objects.objects, plan)
    del rng, occupied
    return m


def anchor(plan: Plan, ch: str) -> tuple[float, float]:
    """The pixel centre of an anchor in the building plan."""
    x, y = plan.find(ch)
    return ((x + BX + 0.5) * TS, (y + BY + 0.5) * TS)


def add_objects(out: list[Obj], plan: Plan) -> None:
    """Spawns, the Cube's route, exits, items, hide spots, checkpoints and story triggers."""
    out += [
        Obj("Spawn", "spawn_player", (61 + DX) * TS, 48 * TS, point=True, props={"facing": "left", "who": "player"}),
        Obj("Spawn", "spawn_partner", (63 + DX) * TS, 48.5 * TS, point=True,
            props={"facing": "left", "who": "partner"}),
        Obj("Spawn", "spawn_cube", 21 * TS, 44 * TS, point=True, props={"who": "cube"}),
        Obj("Exit", "exit_roof_garden", (BX + 16) * TS, (BY + 1) * TS, 2 * TS, 3 * TS, props={"to": "fantasy"}),
        Obj("Wall", "door_really_there", (BX + 25) * TS, (BY + 4) * TS, 2 * TS, TS, props={"view": "reality"}),
        Obj("Item", "item_camcorder", *anchor(plan, "7"), point=True, props={"item": "camcorder"}),
        Obj("Item", "item_battery", *anchor(plan, "6"), point=True, props={"item": "battery"}),
        Obj("Item", "item_photo_strip", *anchor(plan, "b"), point=True, props={"item": "photo", "view": "dream"}),
        Obj("NoiseSource", "noise_speaker", (BX + 48.5) * TS, (BY + 5.5) * TS, point=True,
            props={"period": 600, "radius": 7.0}),
        Obj("HideSpot", "hide_clothes_heap", (BX + 5) * TS, (BY + 15) * TS, 3 * TS, 2 * TS, props={"capacity": 2}),
        Obj("HideSpot", "hide_counter_electronics", (BX + 40) * TS, (BY + 21) * TS, 3 * TS, TS, props={"capacity": 2}),
        Obj("HideSpot", "hide_food_counter", (BX + 20) * TS, (BY + 6) * TS, 3 * TS, TS, props={"capacity": 2}),
        Obj("HideSpot", "hide_car_south", 22 * TS, 48 * TS, 2 * TS, TS, props={"capacity": 2}),
        Obj("HideSpot", "hide_car_east", 62 * TS, 40 * TS, 2 * TS, TS, props={"capacity": 1}),
        Obj("Light", "light_skylight_atrium", (BX + 25) * TS, (BY + 13.5) * TS, point=True,
            props={"color": "#ffc0cbdc", "intensity": 0.5, "radius": 64.0}),
    ]  # fmt: skip
    for name, ch, node, size in (
        ("trig_arrive", "4", "arrive", (10, 3)),
        ("trig_food_court", "2", "food_court", (6, 4)),
        ("trig_light_through_skylight", "1", "light_through_skylight", (5, 4)),
        ("trig_camcorder", "7", "camcorder", (4, 3)),
        ("trig_first_look", "8", "first_look", (6, 4)),
        ("trig_dream_door", "D", "dream_door", (4, 3)),
        ("trig_atrium", "3", "atrium", (6, 4)),
    ):
        cx, cy = anchor(plan, ch)
        w, h = size
        props: dict[str, PropValue] = {"node": node}
        props.update(TRIGGER_EXTRA.get(name, {}))
        out.append(Obj("Trigger", name, cx - w * TS / 2, cy - h * TS / 2 + (TS if ch == "D" else 0), w * TS, h * TS,
                       props=props))  # fmt: skip
    # The middle of the music shop, on the way in to its counter, where the broken speaker's song carries.
    out.append(
        Obj("Trigger", "trig_song", (BX + 40) * TS, (BY + 6) * TS, 5 * TS, 5 * TS, props={"node": "song"})
    )
    mx, my = anchor(plan, "m")
    out.append(Obj("Trigger", "trig_white_dress", mx - 1.5 * TS, my - 0.5 * TS, 3 * TS, 2 * TS,
                   props={"node": "white_dress", "view": "dream", "once": False}))  # fmt: skip
    for name, ch in (("cp_entrance", "4"), ("cp_atrium", "3"), ("cp_electronics", "8")):
        cx, cy = anchor(plan, ch)
        out.append(Obj("Checkpoint", name, cx - 1.5 * TS, cy - 1.5 * TS, 3 * TS, 3 * TS))
    out.append(Obj("Checkpoint", "cp_roof_stairs", (BX + 18) * TS, (BY + 1) * TS, 2 * TS, 3 * TS))
    add_story_places(out)
    # Round the car park; in at the department store's glass front, over its skylight and out again.
    ring = [
        (4, 4),
        (65 + DX, 4),
        (65 + DX, 46),
        (44, 46),
        (34, 40),
        (24, 46),
        (19, 36),
        (15, 16),
        (12, 36),
        (4, 46),
    ]
    out.append(Obj("Patrol", "patrol_car_park", ring[0][0] * TS, ring[0][1] * TS,
                   polygon=[(x * TS, y * TS) for x, y in ring], props={"speed": 1.0}))  # fmt: skip


TRIGGER_EXTRA: dict[str, dict[str, PropValue]] = {
    "trig_dream_door": {"view": "dream"},  # the door is there only through the camcorder
    # Beats that play only in their turn (the story checks), so these run each time they are entered:
    "trig_light_through_skylight": {"once": False},
    "trig_camcorder": {"once": False},
    "trig_first_look": {"once": False},  # the story waits there until the camcorder is in hand
}


def add_story_places(out: list[Obj]) -> None:
    """What the story adds: the department store's doorway, the rack that falls, the skylight, the roof stairs."""
    out += [
        Obj("Trigger", "trig_dept_store", (BX + 14) * TS, (BY + 17) * TS, 2 * TS, 5 * TS,
            props={"node": "dept_store", "once": False}),
        # Silent by itself (a point is never touched): the story sounds it when the rack under the skylight comes down.
        Obj("NoiseSource", "noise_rack", (BX + 4.5) * TS, (BY + 9.5) * TS, point=True,
            props={"radius": 70.0, "period": 0}),
        Obj("", "mark_skylight", (BX + 4.5) * TS, (BY + 11.5) * TS, point=True),
        Obj("Trigger", "trig_roof_stairs", (BX + 18) * TS, (BY + 1) * TS, 3 * TS, 3 * TS,
            props={"node": "roof_stairs"}),
    ]  # fmt: skip
    add_middle(out, BUILDING)
    out += mall_wing.wing_objects(BX, BY)


def add_middle(out: list[Obj], plan: Plan) -> None:
    """The longer stay: the trolley in the car park, the shops nobody points at, the skylight that gives way."""
    bx, by = anchor(plan, "b")
    out += [
        # The car park: a loose trolley rolls into the lamp post by the entrance, and the Cube comes to look.
        Obj("Trigger", "trig_doors", 27 * TS, 38 * TS, 18 * TS, 3 * TS, props={"node": "doors"}),
        Obj("NoiseSource", "noise_trolley", 33.5 * TS, 42.5 * TS, point=True, props={"radius": 60.0, "period": 0}),
        Obj("HideSpot", "hide_car_doors", 40 * TS, 40 * TS, TS, 3 * TS, props={"capacity": 2}),
        # The entrance hall: the doors swing shut behind them, loud, under the glass; the awning along its wall.
        Obj("NoiseSource", "noise_entrance", 34.5 * TS, 36.5 * TS, point=True, props={"radius": 60.0, "period": 0}),
        Obj("", "mark_awning", (BX + 19.5) * TS, (BY + 28.5) * TS, point=True),
        # Found by looking: the dead menu over the food court's west counter, the photo booth by the atrium's
        # west wall (the strip in its slot only through the camcorder), the toy corner of the department store.
        Obj("Trigger", "trig_menu", (BX + 16) * TS, (BY + 6) * TS, 4 * TS, 2 * TS,
            props={"node": "menu", "found": True}),
        Obj("Trigger", "trig_booth", bx - 1.5 * TS, by - 0.5 * TS, 3 * TS, 2 * TS,
            props={"node": "booth", "once": False, "found": True}),
        # The department store's doorway again, on the way out dressed from the heap: the catwalk's end.
        Obj("Trigger", "trig_catwalk", (BX + 14) * TS, (BY + 17) * TS, 2 * TS, 5 * TS,
            props={"node": "catwalk", "once": False}),
        Obj("Trigger", "trig_toys", (BX + 1) * TS, (BY + 26) * TS, 10 * TS, 4 * TS,
            props={"node": "toys", "found": True}),
        # The electronics shop's doorway: stepping out after the first look, a skylight pane gives way.
        Obj("Trigger", "trig_glass", (BX + 33) * TS, (BY + 18) * TS, 3 * TS, 5 * TS,
            props={"node": "glass", "once": False}),
        Obj("NoiseSource", "noise_skylight", (BX + 25.5) * TS, (BY + 13.5) * TS, point=True,
            props={"radius": 70.0, "period": 0}),
        Obj("", "mark_skylight_atrium", (BX + 25.5) * TS, (BY + 15.0) * TS, point=True),
        # Where they sit in the food court, either side of a table, for the first time since the forest.
        Obj("", "mark_table", (BX + 23.5) * TS, (BY + 9.5) * TS, point=True),
        Obj("", "mark_table_b", (BX + 21.5) * TS, (BY + 9.5) * TS, point=True),
        # The camera's mark for their talk at the table (south of it: the pair above the dialogue panel), and a
        # warm light over the table, the one lamp that seems to remember the food court.
        Obj("", "mark_table_talk", (BX + 22.5) * TS, (BY + 12.5) * TS, point=True),
        Obj("Light", "light_food_table", (BX + 22.5) * TS, (BY + 9.0) * TS, point=True,
            props={"color": "#ffffc29a", "intensity": 0.8, "radius": 52.0}),
        # Only through the camcorder: the floor over the hole in the corridor to the roof stairs.
        Obj("Trigger", "trig_hole", (BX + 21) * TS, (BY + 1) * TS, 3 * TS, 3 * TS,
            props={"node": "hole", "view": "dream"}),
        # Only through the camcorder: the fountain runs, and the marks lead past it to the door.
        Obj("Trigger", "trig_fountain", (BX + 23) * TS, (BY + 14) * TS, 7 * TS, 6 * TS,
            props={"node": "fountain", "once": False, "view": "dream"}),
    ]  # fmt: skip


def stamp(m: MapBuilder, layer: TileLayer, x: int, y: int, prefix: str, w: int, h: int) -> None:
    """Place a multi-tile prop by its name prefix."""
    m.stamp(layer, x, y, [[f"{prefix}_{dx}_{dy}" for dx in range(w)] for dy in range(h)])
