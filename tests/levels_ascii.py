"""Tiny levels from ASCII plans, for tests: ``#`` solid, ``,`` cover, ``.`` floor, ``P``/``Q`` spawns."""

from __future__ import annotations

from game.world.level import Grid, Level, MapObject, Shape, SourcePos, TileFlag

TILE = 16


def level_from_ascii(
    plan: str, scene: str = "test", cube: bool = False, exits: dict[str, str] | None = None
) -> Level:
    """Build a Level: ``P`` player spawn, ``Q`` partner spawn, letters in ``exits`` are Exit tiles to scenes."""
    rows = [row for row in plan.strip("\n").splitlines()]
    height, width = len(rows), max(len(r) for r in rows)
    cells = bytearray(width * height)
    objects: list[MapObject] = []
    next_id = 1
    for ty, row in enumerate(rows):
        for tx, ch in enumerate(row.ljust(width, "#")):
            flags = TileFlag.NONE
            if ch == "#":
                flags = TileFlag.SOLID | TileFlag.BLOCKS_SIGHT
            elif ch == ",":
                flags = TileFlag.COVER
            cells[ty * width + tx] = flags
            cx, cy = tx * TILE + TILE / 2, ty * TILE + TILE / 2
            if ch in "PQ":
                who = "player" if ch == "P" else "partner"
                objects.append(
                    MapObject(next_id, f"spawn_{who}", "Spawn", Shape.POINT, cx, cy, properties={"who": who})
                )
                next_id += 1
            if exits and ch in exits:
                objects.append(
                    MapObject(
                        next_id,
                        f"exit_{ch}",
                        "Exit",
                        Shape.RECT,
                        tx * TILE,
                        ty * TILE,
                        TILE,
                        TILE,
                        properties={"to": exits[ch]},
                    )
                )
                next_id += 1
    grid = Grid(width, height, bytes(cells), bytes(cells))
    return Level(
        scene, width, height, TILE, grid, tuple(objects), {"scene": scene, "cube": cube}, SourcePos("<ascii>")
    )
