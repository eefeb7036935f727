"""Readable ASCII plans turned into a :class:`Level`: fixture maps for tests and benchmarks (a test utility).

One character per 16x16 tile. Terrain:

    .  open ground              #  wall (solid, blocks sight)
    "  brush (cover; ``:`` too) T  tall tree (solid, blocks sight and air)
    A  air-blocking but walkable (an overhang)
    R  roofed floor (indoors: the sky cannot see it)
    W  roofed wall (solid, blocks sight and air, roof)
    |  glass (solid, the light sees through it)
    D  a wall only in reality (open in the dream view)
    d  a wall only in the dream view

Objects (the tile under them is open ground): ``P`` player spawn, ``p`` partner spawn, ``C`` Cube spawn,
``H`` a one-tile hide spot (capacity 2; ``h`` the same under a roof), ``K`` a checkpoint, ``1``-``9`` the
vertices of one patrol route in order (a closed polygon; ``patrol_closed=False`` makes it a polyline walked
back and forth).
"""

from __future__ import annotations

import random
import textwrap
from collections.abc import Sequence

from game.world.level import Grid, Level, MapObject, PropValue, Shape, SourcePos, TileFlag

TILE = 16

_F = TileFlag
TERRAIN: dict[str, tuple[int, int]] = {
    ".": (0, 0),
    '"': (_F.COVER, _F.COVER),
    ":": (_F.COVER, _F.COVER),
    "#": (_F.SOLID | _F.BLOCKS_SIGHT, _F.SOLID | _F.BLOCKS_SIGHT),
    "T": (_F.SOLID | _F.BLOCKS_SIGHT | _F.BLOCKS_AIR, _F.SOLID | _F.BLOCKS_SIGHT | _F.BLOCKS_AIR),
    "A": (_F.BLOCKS_AIR, _F.BLOCKS_AIR),
    "R": (_F.ROOF, _F.ROOF),
    "W": (_F.SOLID | _F.BLOCKS_SIGHT | _F.BLOCKS_AIR | _F.ROOF,) * 2,
    "|": (_F.SOLID, _F.SOLID),
    "D": (_F.SOLID | _F.BLOCKS_SIGHT, 0),
    "d": (0, _F.SOLID | _F.BLOCKS_SIGHT),
}
"""Character -> (reality flags, dream flags)."""

SPAWNS = {"P": "player", "p": "partner", "C": "cube"}


def level_from_plan(
    plan: str | Sequence[str],
    *,
    scene: str = "fixture",
    cube: bool = True,
    patrol_speed: float | None = None,
    patrol_closed: bool = True,
    path: str = "<plan>",
) -> Level:
    """Build a level from an ASCII plan (see the module docstring; common indentation is ignored)."""
    text = textwrap.dedent(plan) if isinstance(plan, str) else "\n".join(plan)
    rows = [r.rstrip() for r in text.splitlines() if r.strip()]
    height = len(rows)
    width = max(len(r) for r in rows)
    reality = bytearray(width * height)
    dream = bytearray(width * height)
    objects: list[MapObject] = []
    patrol: dict[int, tuple[float, float]] = {}
    next_id = 1
    for ty, row in enumerate(rows):
        for tx, ch in enumerate(row.ljust(width, ".")):
            i = ty * width + tx
            cx, cy = tx * TILE + TILE / 2, ty * TILE + TILE / 2
            if ch in TERRAIN:
                reality[i], dream[i] = TERRAIN[ch]
            elif ch in SPAWNS:
                objects.append(_point(next_id, "Spawn", cx, cy, {"who": SPAWNS[ch]}))
                next_id += 1
            elif ch in "Hh":
                if ch == "h":
                    reality[i] = dream[i] = TileFlag.ROOF
                objects.append(
                    MapObject(
                        id=next_id,
                        name=f"hide{next_id}",
                        cls="HideSpot",
                        shape=Shape.RECT,
                        x=tx * TILE,
                        y=ty * TILE,
                        width=TILE,
                        height=TILE,
                        properties={"capacity": 2},
                    )
                )
                next_id += 1
            elif ch == "K":
                objects.append(
                    MapObject(
                        id=next_id,
                        name=f"checkpoint{next_id}",
                        cls="Checkpoint",
                        shape=Shape.RECT,
                        x=tx * TILE,
                        y=ty * TILE,
                        width=TILE,
                        height=TILE,
                    )
                )
                next_id += 1
            elif ch.isdigit() and ch != "0":
                patrol[int(ch)] = (cx, cy)
            else:
                raise ValueError(f"{path}:{ty + 1}:{tx + 1}: unknown plan character {ch!r}")
    if patrol:
        pts = tuple(patrol[k] for k in sorted(patrol))
        objects.append(
            MapObject(
                id=next_id,
                name="patrol",
                cls="Patrol",
                shape=Shape.POLYGON if patrol_closed else Shape.POLYLINE,
                x=pts[0][0],
                y=pts[0][1],
                points=pts,
                properties={} if patrol_speed is None else {"speed": patrol_speed},
            )
        )
    return Level(
        scene=scene,
        width=width,
        height=height,
        tile_size=TILE,
        grid=Grid(width, height, bytes(reality), bytes(dream)),
        objects=tuple(objects),
        properties={"scene": scene, "cube": cube},
        source=SourcePos(path),
    )


def _point(oid: int, cls: str, x: float, y: float, props: dict[str, PropValue]) -> MapObject:
    return MapObject(
        id=oid, name=f"{cls.lower()}{oid}", cls=cls, shape=Shape.POINT, x=x, y=y, properties=props
    )


def random_plan(
    seed: int, width: int = 200, height: int = 200, walls: float = 0.12, brush: float = 0.05
) -> str:
    """A seeded open field with wall blocks, tree clumps and brush: a large map for benchmarks and soak tests.

    Walls come as short segments and small blocks (as real maps have them, not single-tile noise), so the pair
    can run and the Cube can fly around them; the border is wall. A patrol loop circles the middle.
    """
    rng = random.Random(seed)
    cells = [["." for _ in range(width)] for _ in range(height)]
    target = int(walls * width * height)
    placed = 0
    while placed < target:
        x, y = rng.randrange(1, width - 1), rng.randrange(1, height - 1)
        if rng.random() < 0.5:
            horizontal = rng.random() < 0.5
            length = rng.randint(3, 9)
            ch = "#"
            for k in range(length):
                tx, ty = (x + k, y) if horizontal else (x, y + k)
                if 0 < tx < width - 1 and 0 < ty < height - 1 and cells[ty][tx] == ".":
                    cells[ty][tx] = ch
                    placed += 1
        else:
            w, h = rng.randint(1, 3), rng.randint(1, 3)
            ch = "T" if rng.random() < 0.4 else "#"
            for ty in range(y, min(height - 1, y + h)):
                for tx in range(x, min(width - 1, x + w)):
                    if cells[ty][tx] == ".":
                        cells[ty][tx] = ch
                        placed += 1
    for _ in range(int(brush * width * height / 4)):
        x, y = rng.randrange(1, width - 2), rng.randrange(1, height - 2)
        for ty in (y, y + 1):
            for tx in (x, x + 1):
                if cells[ty][tx] == ".":
                    cells[ty][tx] = '"'
    for x in range(width):
        cells[0][x] = cells[height - 1][x] = "#"
    for y in range(height):
        cells[y][0] = cells[y][width - 1] = "#"
    cx, cy = width // 2, height // 2
    r = min(width, height) // 4
    for k, (px, py) in enumerate(((cx - r, cy - r), (cx + r, cy - r), (cx + r, cy + r), (cx - r, cy + r))):
        cells[py][px] = str(k + 1)
    return "\n".join("".join(row) for row in cells)
