"""Which map objects could hold a point: objects bucketed by the tiles their bounds cover.

The sim asks every tick which Trigger, Checkpoint and Exit the player stands in; testing every one of them
each tick was most of a tick's cost on the larger maps. A bucket keeps the objects in map order, so the
answer is the same objects in the same order as a scan of all of them.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from game.world.level import MapObject, Shape

_EMPTY: tuple[MapObject, ...] = ()


def _bounds(obj: MapObject) -> tuple[float, float, float, float] | None:
    """The object's area as ``(left, top, right, bottom)`` pixels, or None when it has none."""
    if obj.shape in (Shape.RECT, Shape.TILE, Shape.ELLIPSE):
        return (obj.x, obj.y, obj.x + obj.width, obj.y + obj.height)
    if obj.shape is Shape.POLYGON and obj.points:
        xs = [p[0] for p in obj.points]
        ys = [p[1] for p in obj.points]
        return (min(xs), min(ys), max(xs), max(ys))
    return None


class PlaceIndex:
    """The objects whose bounds touch each tile of a ``width`` x ``height`` map, for point-in-object queries.

    A point off the map is answered from every object, as is any object whose bounds are not finite.
    """

    def __init__(self, objects: Iterable[MapObject], tile_size: int, width: int, height: int) -> None:
        self.tile_size, self.width, self.height = tile_size, width, height
        self._all = tuple(o for o in objects if _bounds(o) is not None)
        buckets: list[list[MapObject]] = [[] for _ in range(width * height)]
        for obj in self._all:
            box = _bounds(obj)
            assert box is not None
            if not all(math.isfinite(v) for v in box):
                for bucket in buckets:
                    bucket.append(obj)
                continue
            left, top = max(0, math.floor(box[0] / tile_size)), max(0, math.floor(box[1] / tile_size))
            right = min(width - 1, math.floor(box[2] / tile_size))
            bottom = min(height - 1, math.floor(box[3] / tile_size))
            for ty in range(top, bottom + 1):
                for tx in range(left, right + 1):
                    buckets[ty * width + tx].append(obj)
        self._buckets = [tuple(b) if b else _EMPTY for b in buckets]

    def candidates(self, px: float, py: float) -> tuple[MapObject, ...]:
        """The objects that may contain the point, in map order (each still needs ``contains``)."""
        ts = self.tile_size
        if 0 <= px < self.width * ts and 0 <= py < self.height * ts:
            return self._buckets[int(py // ts) * self.width + int(px // ts)]
        return self._all

    def at(self, px: float, py: float) -> list[MapObject]:
        """The objects that contain the point, in map order."""
        return [obj for obj in self.candidates(px, py) if obj.contains(px, py)]
