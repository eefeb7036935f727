"""Walking searches over a level's grid for ``check``: reachability through either view, distance to cover.

Reachability moves in 4 directions (a feet box fits through any one-tile gap, and every 8-direction path
without corner cutting is also a 4-direction path). Distances to cover count king moves (8 directions, no
corner cutting), which is how far a player walks.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable

from game.world.level import Grid, MapObject, Shape, TileFlag

STEPS4 = ((1, 0), (-1, 0), (0, 1), (0, -1))
STEPS8 = (*STEPS4, (1, 1), (1, -1), (-1, 1), (-1, -1))


def object_tiles(obj: MapObject, ts: int, width: int, height: int) -> list[tuple[int, int]]:
    """The tiles an object stands on: its covered tiles for areas, the tile under it for points and lines."""

    def inside(tx: int, ty: int) -> bool:
        return 0 <= tx < width and 0 <= ty < height

    if obj.shape in (Shape.POINT, Shape.POLYLINE):
        cells = [(int(obj.x // ts), int(obj.y // ts))]
        if obj.shape is Shape.POLYLINE:
            cells = [(int(px // ts), int(py // ts)) for px, py in obj.points]
        return [c for c in cells if inside(*c)]
    # Clipped to the map: an object's box may be any size, the walk must not be (an area a million pixels
    # wide covers at most the map).
    x0, y0 = max(0, int(obj.x // ts)), max(0, int(obj.y // ts))
    x1, y1 = (
        min(width - 1, int((obj.x + max(obj.width, 1e-3) - 1e-3) // ts)),
        min(height - 1, int((obj.y + max(obj.height, 1e-3) - 1e-3) // ts)),
    )
    out = []
    for ty in range(y0, y1 + 1):
        for tx in range(x0, x1 + 1):
            if not inside(tx, ty):
                continue
            if obj.shape in (Shape.RECT, Shape.TILE) or obj.contains((tx + 0.5) * ts, (ty + 0.5) * ts):
                out.append((tx, ty))
    if not out:
        cx, cy = obj.center
        centre = (int(cx // ts), int(cy // ts))
        out = [centre] if inside(*centre) else []
    return out


def reach(grid: Grid, start: tuple[int, int], views: Iterable[bool]) -> dict[bool, bytearray]:
    """Tiles reachable on foot from ``start``, per view, switching views anywhere both are walkable.

    ``views`` lists the views the player may use (``False`` reality, ``True`` dream). Returns a flat
    reached-mask per view.
    """
    allowed = list(dict.fromkeys(views))
    w, h = grid.width, grid.height
    cells = {v: grid.cells(v) for v in allowed}
    seen = {v: bytearray(w * h) for v in (False, True)}
    sx, sy = start
    queue: deque[tuple[int, int, bool]] = deque()
    for v in allowed:
        if 0 <= sx < w and 0 <= sy < h and not cells[v][sy * w + sx] & TileFlag.SOLID:
            seen[v][sy * w + sx] = 1
            queue.append((sx, sy, v))
            break
    while queue:
        x, y, v = queue.popleft()
        here = cells[v]
        mask = seen[v]
        for dx, dy in STEPS4:
            nx, ny = x + dx, y + dy
            if 0 <= nx < w and 0 <= ny < h:
                i = ny * w + nx
                if not mask[i] and not here[i] & TileFlag.SOLID:
                    mask[i] = 1
                    queue.append((nx, ny, v))
        for other in allowed:
            if other is not v:
                i = y * w + x
                if not seen[other][i] and not cells[other][i] & TileFlag.SOLID:
                    seen[other][i] = 1
                    queue.append((x, y, other))
    return seen


def distance_field(cells: bytes, width: int, height: int, sources: Iterable[tuple[int, int]]) -> list[int]:
    """King-move walking distance from the nearest source over walkable tiles (-1: none reachable)."""
    dist = [-1] * (width * height)
    queue: deque[int] = deque()
    for x, y in sources:
        i = y * width + x
        if 0 <= x < width and 0 <= y < height and dist[i] < 0 and not cells[i] & TileFlag.SOLID:
            dist[i] = 0
            queue.append(i)
    while queue:
        i = queue.popleft()
        x, y = i % width, i // width
        d = dist[i] + 1
        for dx, dy in STEPS8:
            nx, ny = x + dx, y + dy
            if not (0 <= nx < width and 0 <= ny < height):
                continue
            j = ny * width + nx
            if dist[j] >= 0 or cells[j] & TileFlag.SOLID:
                continue
            if (
                dx
                and dy
                and (cells[y * width + nx] & TileFlag.SOLID or cells[ny * width + x] & TileFlag.SOLID)
            ):
                continue
            dist[j] = d
            queue.append(j)
    return dist
