"""The confrontation (scene 4): the white waste under the Cube, which descends here.

The dream broke the pair apart: one wakes at the west edge, the other at the east. Black stones stand out of the
white (they block the light's line of sight, and the Cube must fly round them); drifts give cover. Cracks run
out from the ring in the middle where the light lands, and where the pair meet and make their stand.

The plan is coarse (one character is 2x2 tiles). Legend: ``#`` the edge of the waste, ``.`` white ground,
``:`` scorched ground, ``M`` a black stone (2x2), ``d`` a drift (cover), ``O`` the ring's centre,
digits: object anchors.
"""

from __future__ import annotations

from tools.mapkit import TS, MapBuilder, Obj, Plan, TileLayer, disc, stroke
from tools.pixel import hash01
from tools.sets import confrontation as conf_set

SCALE = 2
W, H = 60, 45
PLAN = Plan([
    "##############################",
    "#...d......M.......d.......d.#",
    "#.M.....d.......M........M...#",
    "#.......:..d.........d.......#",
    "#..d..M.....::..M.......d..M.#",
    "#........d..........d........#",
    "#.M...........M.........M..d.#",
    "#....d...:.........:....d....#",
    "#..M......d..M...d......M....#",
    "#......M.....d.....M........d#",
    "#.d.................d........#",
    "#1.....d......O.......d.....2#",
    "#.d..........3...............#",
    "#......M.....d.....M......d..#",
    "#..M......d..M...d......M....#",
    "#....d...:.........:....d....#",
    "#.M...........M.........M..d.#",
    "#........d..........d........#",
    "#..d..M.....::..M.......d..M.#",
    "#.......:..d.........d.......#",
    "#.M.....d.......M........M...#",
    "#...d......M.......d.......d.#",
    "##############################",
])  # fmt: skip


def tiles_of(cells: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """Coarse cells -> the tiles they cover (inside the map)."""
    out = {
        (cx * SCALE + dx, cy * SCALE + dy) for cx, cy in cells for dx in range(SCALE) for dy in range(SCALE)
    }
    return {(x, y) for x, y in out if 0 <= x < W and 0 <= y < H}


def centre(ch: str) -> tuple[int, int]:
    """The tile at the lower-right of a coarse anchor's centre."""
    cx, cy = PLAN.find(ch)
    return (cx * SCALE + 1, cy * SCALE + 1)


def build() -> MapBuilder:
    """Lay out the white waste."""
    ts = conf_set.build()
    m = MapBuilder(W, H, [(ts, "../assets/tilesets/confrontation.tsx")])
    m.props = {"scene": "confrontation", "story": "confrontation.yaml", "music": "confrontation_hum",
               "darkness": 0.15, "cube": True}  # fmt: skip
    ground = m.tile_layer("ground")
    terrain = m.tile_layer("terrain")
    decor = m.tile_layer("decor")
    props = m.tile_layer("props")

    for y in range(H):
        for x in range(W):
            m.put(ground, x, y, f"waste_{int(hash01(x, y, 1) * 4)}")
    edges = tiles_of(PLAN.cells("#")) | {(x, H - 1) for x in range(W)}
    for x, y in edges:
        m.put(props, x, y, "edge")
    rx, ry = centre("O")
    scorch = set().union(
        *(disc(cx * SCALE + 1, cy * SCALE + 1, 1.2 + hash01(cx, cy, 2)) for cx, cy in PLAN.cells(":"))
    )
    m.corners(terrain, "scorch", scorch, full=["scorch_full0", "scorch_full1"])
    # Cracks run out from the ring like spokes.
    spokes = [[(rx, ry), (rx - 14, ry - 9), (rx - 24, ry - 16)], [(rx, ry), (rx + 13, ry - 10), (rx + 25, ry - 18)],
              [(rx, ry), (rx - 12, ry + 10), (rx - 22, ry + 19)], [(rx, ry), (rx + 15, ry + 9), (rx + 26, ry + 18)],
              [(rx, ry), (rx - 20, ry + 1)], [(rx, ry), (rx + 20, ry - 1)]]  # fmt: skip
    for spoke in spokes:
        for x, y in sorted(stroke(spoke, 1.0, seed=3)):
            if (x, y) not in edges and hash01(x, y, 4) < 0.7:
                (dx, dy) = (spoke[-1][0] - spoke[0][0], spoke[-1][1] - spoke[0][1])
                kind = (
                    0
                    if abs(dx) > 2 * abs(dy)
                    else (1 if abs(dy) > 2 * abs(dx) else (2 if dx * dy > 0 else 3))
                )
                m.put(decor, x, y, f"crack_{kind}")
    stamp(m, decor, rx - 2, ry - 2, "ring0", 5, 5)
    for cx, cy in sorted(PLAN.cells("M")):
        stamp(m, props, cx * SCALE, cy * SCALE, "monolith_a" if (cx + cy) % 2 else "monolith_b", 2, 2)
    for cx, cy in sorted(PLAN.cells("d")):
        for dx in range(2):
            for dy in range(2):
                if hash01(cx * 2 + dx, cy * 2 + dy, 5) < 0.75:
                    m.put(props, cx * SCALE + dx, cy * SCALE + dy, f"drift_{(dx + dy + cx) % 3}")
    for x, y in ((12, 12), (44, 33), (20, 36), (40, 8)):
        stamp(m, props, x, y, "carroof", 2, 1)
    for (x, y), name in (((rx + 3, ry - 6), "doorframe"), ((18, 28), "chair"), ((47, 14), "chair"),
                         ((9, 35), "fallen_lamp"), ((52, 30), "fallen_lamp"), ((38, 12), "fallen_lamp")):  # fmt: skip
        m.put(props if name != "fallen_lamp" else decor, x, y, name)
    for x in range(1, W - 1):
        for y in range(2, H - 2):
            if hash01(x, y, 6) < 0.02 and (x, y) not in m.layers[3].cells:  # type: ignore[union-attr]
                m.put(decor, x, y, "flurry_0")

    objects = m.object_layer("objects")
    add_objects(objects.objects, rx, ry)
    return m


def add_objects(out: list[Obj], rx: int, ry: int) -> None:
    """The two spawns far apart, the Cube over the ring, its sweeps, checkpoints and the story's triggers."""
    px, py = centre("1")
    qx, qy = centre("2")
    mx, my = centre("3")
    out += [
        Obj("Spawn", "spawn_player", px * TS, py * TS, point=True, props={"facing": "right", "who": "player"}),
        Obj("Spawn", "spawn_partner", qx * TS, qy * TS, point=True, props={"facing": "left", "who": "partner"}),
        Obj("Spawn", "spawn_cube", (rx + 0.5) * TS, (ry + 0.5) * TS, point=True, props={"who": "cube"}),
        Obj("Trigger", "trig_separated", (px - 2) * TS, (py - 3) * TS, 5 * TS, 6 * TS, props={"node": "separated"}),
        Obj("Trigger", "trig_halfway", 24 * TS, 2 * TS, 3 * TS, 41 * TS, props={"node": "halfway", "once": False}),
        Obj("Trigger", "trig_chair", 19 * TS, 27 * TS, 4 * TS, 4 * TS, props={"node": "chair", "once": False}),
        # The ring and its centre run each time they are entered (the crossing may pass through them early);
        # the story plays the meeting once the crossing is done, and the stand once they have met.
        Obj("Trigger", "trig_meet", (rx - 3) * TS, (ry - 3) * TS, 7 * TS, 7 * TS,
            props={"node": "meet", "once": False}),
        Obj("Trigger", "trig_last_stand", (rx - 1) * TS, (ry - 1) * TS, 3 * TS, 3 * TS,
            props={"node": "last_stand", "once": False}),
        Obj("Checkpoint", "cp_waking", (px - 1) * TS, (py - 1) * TS, 3 * TS, 3 * TS),
        Obj("Checkpoint", "cp_halfway", (mx - 1) * TS, (my - 1) * TS, 3 * TS, 3 * TS),
        Obj("Light", "light_ring", (rx + 0.5) * TS, (ry + 0.5) * TS, point=True,
            props={"color": "#ffffffff", "intensity": 0.9, "radius": 56.0}),
    ]  # fmt: skip
    for name, (x, y) in STORY_PLACES.items():
        out.append(Obj("", name, x * TS, y * TS, point=True))
    # The crossing: the car roof Dal gets under; what calls the light (silent until the story sounds them).
    out.append(Obj("HideSpot", "hide_roof_north", 12 * TS, 13 * TS, 2 * TS, TS, props={"capacity": 2}))
    # The fallen lamp north-east of the doorframe: stepping onto it is the kick (the story sounds its clatter
    # once, at noise_lamp; a touched NoiseSource would clatter every time they crossed it again).
    out.append(
        Obj("Trigger", "trig_lamp", 37 * TS, 11 * TS, 3 * TS, 3 * TS, props={"node": "lamp", "once": False})
    )
    for name, (x, y) in NOISES.items():
        out.append(Obj("NoiseSource", name, x * TS, y * TS, point=True, props={"radius": 60.0, "period": 0}))
    for name, radius, speed in (("patrol_sweep_inner", 9, 1.2), ("patrol_sweep_outer", 18, 1.0)):
        pts = [(rx + radius * c, ry + radius * s * 0.9) for c, s in
               ((1, 0), (0.7, 0.7), (0, 1), (-0.7, 0.7), (-1, 0), (-0.7, -0.7), (0, -1), (0.7, -0.7))]  # fmt: skip
        out.append(Obj("Patrol", name, pts[0][0] * TS, pts[0][1] * TS,
                       polygon=[(x * TS, y * TS) for x, y in pts], props={"speed": speed}))  # fmt: skip
    # Found by looking (no objective points at it): the car roof in the white south of the chair, off the way
    # and outside the ring, on open ground (its node plays only while Dal is out of the drifts, before they meet).
    for name, (x, y, w, h) in FINDS.items():
        node = name.removeprefix("trig_")
        out.append(Obj("Trigger", name, x * TS, y * TS, w * TS, h * TS,
                       props={"node": node, "found": True, "once": False}))  # fmt: skip


STORY_PLACES: dict[str, tuple[float, float]] = {
    "mark_byeol_start": (45.5, 23.5),  # the drift Byeol makes for when she wakes, east of the sweep
    "mark_byeol_near": (41.5, 20.5),  # the drift she crosses to, nearer, just outside the sweep
    "mark_chair_drift": (20.5, 28.5),  # the drift beside the kitchen chair standing on its own in the white
    "mark_door_drift": (34.5, 16.5),  # the drift beside the doorframe that stands on its own, in the sweep
    "mark_lamp_drift": (40.5, 11.5),  # the drift beside the fallen lamp, where Dal gets down after the kick
    "mark_meet": (29.0, 23.5),  # where they stop in the ring's centre, facing each other
    "mark_meet_b": (30.2, 23.5),
    "mark_into_light": (52.5, 23.5),  # where Byeol walks, out of the ring into the light (remember)
}
"""Points the story names (tile coordinates): move targets and retry points. Plain named points, no class."""
FINDS: dict[str, tuple[int, int, int, int]] = {
    "trig_car": (20, 35, 4, 3),  # round the car roof sunk in the white at (20, 36), between two drifts
}
"""Places found by looking (tile rectangles)."""
NOISES: dict[str, tuple[float, float]] = {
    "noise_dal_wake": (3.5, 23.5),  # Dal, shouting her name where he wakes
    "noise_byeol": (45.5, 23.5),  # Byeol, shouting back from her drift (and later, calling the light to her)
    "noise_roof": (12.5, 12.5),  # the car roof creaking as Dal gets under it
    "noise_chair": (18.5, 28.5),  # the chair, falling over at last
    "noise_doorframe": (32.5, 17.5),  # the door in the doorframe, swinging and banging in the wind
    "noise_lamp": (38.5, 12.5),  # the fallen lamp Dal kicks, clattering
    "noise_byeol_near": (41.5, 20.5),  # Byeol's drift near the sweep, where the light comes to sit on her
}
"""Where the story makes sounds the Cube hears (tile coordinates)."""


def stamp(m: MapBuilder, layer: TileLayer, x: int, y: int, prefix: str, w: int, h: int) -> None:
    """Place a multi-tile prop by its name prefix (top-left at x, y)."""
    m.stamp(layer, x, y, [[f"{prefix}_{dx}_{dy}" for dx in range(w)] for dy in range(h)])
