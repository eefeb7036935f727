"""The level model: what the simulation knows of a map, as plain frozen data.

The content edge (``game.content``) turns a Tiled file into a :class:`Level`; nothing here knows a file exists
beyond the :class:`SourcePos` kept for error messages. World coordinates are pixels with the origin at the
map's top-left corner; tile ``(tx, ty)`` covers ``[tx*ts, (tx+1)*ts)``. Grids are flat, row-major
(``index = ty * width + tx``), one byte of :class:`TileFlag` bits per tile and per view.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum, IntFlag

PropValue = str | int | float | bool


class TileFlag(IntFlag):
    """Per-tile properties that the simulation reads (DESIGN.md §6)."""

    NONE = 0
    SOLID = 1
    BLOCKS_SIGHT = 2
    ROOF = 4
    BLOCKS_AIR = 8
    COVER = 16


OUTSIDE = int(TileFlag.SOLID | TileFlag.BLOCKS_SIGHT | TileFlag.BLOCKS_AIR)
"""The flags of every tile beyond the map's edge (as a plain int: the hot paths avoid enum arithmetic)."""
_SOLID = int(TileFlag.SOLID)


class View(Enum):
    """In which view (through the camcorder or not) a layer or object exists."""

    REALITY = "reality"
    DREAM = "dream"
    BOTH = "both"

    def visible_in(self, dream: bool) -> bool:
        """True when a thing of this view exists in the dream view (``dream``) or in reality."""
        if self is View.BOTH:
            return True
        return (self is View.DREAM) == dream


class Shape(Enum):
    """The geometry of a map object."""

    POINT = "point"
    RECT = "rect"
    ELLIPSE = "ellipse"
    POLYGON = "polygon"
    POLYLINE = "polyline"
    TILE = "tile"


@dataclass(frozen=True, slots=True)
class SourcePos:
    """Where a thing was written: a file, 1-based line and column (0 when unknown)."""

    path: str
    line: int = 0
    col: int = 0

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}"


@dataclass(frozen=True, slots=True)
class MapObject:
    """One Tiled object, its class (``Spawn``, ``Exit``, ...) and its typed properties.

    ``x``/``y`` is the object's top-left in pixels (for a point: the point; for a tile object: its bottom-left,
    as Tiled stores it). ``points`` holds absolute polygon/polyline vertices.
    """

    id: int
    name: str
    cls: str
    shape: Shape
    x: float
    y: float
    width: float = 0.0
    height: float = 0.0
    points: tuple[tuple[float, float], ...] = ()
    properties: Mapping[str, PropValue] = field(default_factory=dict)
    view: View = View.BOTH
    source: SourcePos | None = field(default=None, compare=False)

    @property
    def center(self) -> tuple[float, float]:
        """The object's middle in pixels (the point itself for points, the vertex mean for polygons)."""
        if self.points:
            xs = [p[0] for p in self.points]
            ys = [p[1] for p in self.points]
            return (sum(xs) / len(xs), sum(ys) / len(ys))
        return (self.x + self.width / 2, self.y + self.height / 2)

    def contains(self, px: float, py: float) -> bool:
        """True when the pixel point lies inside the object's area (points and lines have none)."""
        if self.shape in (Shape.RECT, Shape.TILE):
            return self.x <= px < self.x + self.width and self.y <= py < self.y + self.height
        if self.shape is Shape.ELLIPSE:
            rx, ry = self.width / 2, self.height / 2
            if rx <= 0 or ry <= 0:
                return False
            cx, cy = self.x + rx, self.y + ry
            return ((px - cx) / rx) ** 2 + ((py - cy) / ry) ** 2 <= 1.0
        if self.shape is Shape.POLYGON:
            return point_in_polygon(px, py, self.points)
        return False

    def prop(self, name: str, default: PropValue) -> PropValue:
        """A property's value, or ``default`` when the object does not set it."""
        return self.properties.get(name, default)


def point_in_polygon(px: float, py: float, pts: tuple[tuple[float, float], ...]) -> bool:
    """Even-odd rule point-in-polygon test."""
    inside = False
    n = len(pts)
    j = n - 1
    for i in range(n):
        xi, yi = pts[i]
        xj, yj = pts[j]
        if (yi > py) != (yj > py) and px < (xj - xi) * (py - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


@dataclass(frozen=True, slots=True)
class Grid:
    """Per-tile flags for both views, flat and row-major."""

    width: int
    height: int
    reality: bytes
    dream: bytes

    def flags(self, tx: int, ty: int, dream: bool = False) -> int:
        """The flag bits of a tile; outside the map everything is solid and blocks sight and air."""
        if 0 <= tx < self.width and 0 <= ty < self.height:
            cells = self.dream if dream else self.reality
            return cells[ty * self.width + tx]
        return OUTSIDE

    def cells(self, dream: bool = False) -> bytes:
        """The flat flag array for one view."""
        return self.dream if dream else self.reality

    def walkable(self, tx: int, ty: int, dream: bool = False) -> bool:
        """True when an actor may stand on the tile in that view."""
        return not self.flags(tx, ty, dream) & _SOLID


@dataclass(frozen=True, slots=True)
class Level:
    """A loaded map: its grid of flags, its objects and its map properties."""

    scene: str
    width: int
    height: int
    tile_size: int
    grid: Grid
    objects: tuple[MapObject, ...]
    properties: Mapping[str, PropValue]
    source: SourcePos
    nav_bakes: Mapping[bytes, bytes] = field(default_factory=dict)
    """Path hierarchies baked for this map's grids (``<map>.nav``), by grid digest (game/ai/hierarchy.py)."""

    @property
    def pixel_width(self) -> int:
        """Map width in pixels."""
        return self.width * self.tile_size

    @property
    def pixel_height(self) -> int:
        """Map height in pixels."""
        return self.height * self.tile_size

    @property
    def has_cube(self) -> bool:
        """True when the map says a Cube hunts here (map property ``cube``)."""
        return bool(self.properties.get("cube", False))

    @property
    def darkness(self) -> float:
        """How dark the scene is, 0 (day) to 1 (black)."""
        return float(self.properties.get("darkness", 0.0))

    def objects_of(self, cls: str) -> tuple[MapObject, ...]:
        """Every object of one class, in map order."""
        return tuple(o for o in self.objects if o.cls == cls)

    def object_named(self, name: str) -> MapObject | None:
        """The first object with this name, if any."""
        for obj in self.objects:
            if obj.name == name:
                return obj
        return None

    def spawn(self, who: str) -> MapObject | None:
        """The Spawn object for ``player``, ``partner`` or ``cube``."""
        for obj in self.objects:
            if obj.cls == "Spawn" and obj.properties.get("who") == who:
                return obj
        return None

    def tile_at(self, px: float, py: float) -> tuple[int, int]:
        """The tile that holds a pixel point."""
        ts = self.tile_size
        return (int(px // ts), int(py // ts))
